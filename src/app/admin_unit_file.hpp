#pragma once
// A catalog file of administrative units, as the data folder ships and administrators import:
// {"units": [{"code", "name", "kind", "parent"?, "position"?}, …]}. A unit without "position" takes
// its place in the file, so a file lists a province's communes in their order.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/admin_unit.hpp"

namespace motcua::app {

// The whole catalog is about 3,400 units in 300 KB; these leave room and stop a runaway file.
inline constexpr std::size_t kMaxAdminUnitFileBytes = std::size_t{4} * 1024 * 1024;
inline constexpr std::size_t kMaxAdminUnitsPerFile = 20000;

// What the file is checked against besides itself: the units already stored.
struct StoredAdminUnits {
  std::function<std::optional<core::AdminUnit>(const std::string&)> find;
  std::function<bool(const std::string&)> has_units;  // whether units lie beneath the code
};

struct AdminUnitFile {
  std::vector<core::AdminUnit> units;  // the province tier first, so parents are saved first
  std::map<std::string, std::string> problems;  // "file" or "units[i].<field>" → message key
};

// Reads the file's shape and checks every unit by core/admin_unit_rules; a parent is looked for in
// the file, then in `stored` (when given). Reports at most 50 problems.
AdminUnitFile read_admin_unit_file(std::string_view text, const StoredAdminUnits& stored = {});

}  // namespace motcua::app
