#pragma once
// What makes a unit of the agency tree acceptable to save (requirements §5 B1): an electronic
// identifier in the form of QĐ 20/2020/QĐ-TTg (letters, digits and dots), a name, a parent that
// exists and does not lie beneath the unit itself, and contacts that read as such.
#include <map>
#include <string>
#include <vector>

#include "core/unit.hpp"

namespace motcua::core {

inline constexpr std::size_t kMaxUnitCode = 40;
inline constexpr std::size_t kMaxUnitName = 250;
inline constexpr std::size_t kMaxUnitAddress = 500;

// Capital letters, digits and inner dots, at most `max_size` bytes: the shape of agency
// identifiers (QĐ 20/2020/QĐ-TTg) and of administrative-unit codes alike.
bool is_dotted_code(const std::string& code, std::size_t max_size);

// `units` is the tree as stored; `unit.id` is 0 for a new unit. Field → message key.
std::map<std::string, std::string> unit_problems(const Unit& unit, const std::vector<Unit>& units);

}  // namespace motcua::core
