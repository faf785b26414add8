#pragma once
// An instant written as the tests read it ("2026-11-23T09:00", Vietnam time); a typo fails loudly.
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace motcua::core::testing {

inline Instant at(std::string_view text) {
  const auto parsed = parse_iso(text);
  if (!parsed) throw std::invalid_argument(std::string(text));
  return *parsed;
}

}  // namespace motcua::core::testing
