#pragma once
// Reads the national portal's procedure catalog (docs/integrations.md, DVCQG `GET /procedures`).
// An entry with a missing or mistyped field, or a text or list beyond its bound, is left out and
// counted; an answer that is not a JSON array, nests too deep or lists too many is nothing.
#include <optional>
#include <string>
#include <vector>

#include "core/national_procedure.hpp"

namespace motcua::integrations {

struct ParsedCatalog {
  std::vector<core::NationalProcedure> procedures;
  int rejected = 0;
};

inline constexpr std::size_t kMaxCatalogBytes = std::size_t{32} * 1024 * 1024;
inline constexpr std::size_t kMaxCatalogProcedures = 20000;

std::optional<ParsedCatalog> parse_national_catalog(const std::string& text);

}  // namespace motcua::integrations
