#include "core/unit_rules.hpp"

#include <algorithm>

#include "core/form.hpp"
#include "core/text.hpp"

namespace motcua::core {
namespace {

const Unit* by_id(const std::vector<Unit>& units, long long id) {
  const auto it =
      std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == id; });
  return it == units.end() ? nullptr : &*it;
}

// Whether the chain of parents from `start` reaches `unit_id` (a unit put beneath itself).
bool reaches(const std::vector<Unit>& units, long long start, long long unit_id) {
  const Unit* node = by_id(units, start);
  for (std::size_t steps = 0; node != nullptr && steps <= units.size(); ++steps) {
    if (node->id == unit_id) return true;
    node = node->parent_id ? by_id(units, *node->parent_id) : nullptr;
  }
  return false;
}

}  // namespace

bool is_dotted_code(const std::string& code, std::size_t max_size) {
  if (code.empty() || code.size() > max_size || code.front() == '.' || code.back() == '.')
    return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
  });
}

std::map<std::string, std::string> unit_problems(const Unit& unit, const std::vector<Unit>& units) {
  std::map<std::string, std::string> problems;
  if (!is_dotted_code(unit.code, kMaxUnitCode)) problems["code"] = "error.unit_code";
  if (trim(unit.name).empty())
    problems["name"] = "error.required";
  else if (unit.name.size() > kMaxUnitName)
    problems["name"] = "error.too_long";
  if (unit.parent_id) {
    if (by_id(units, *unit.parent_id) == nullptr)
      problems["parent"] = "error.unknown_unit";
    else if (unit.id != 0 && reaches(units, *unit.parent_id, unit.id))
      problems["parent"] = "error.unit_cycle";
  }
  if (unit.address.size() > kMaxUnitAddress) problems["address"] = "error.too_long";
  if (!unit.email.empty() && !is_valid_email(unit.email)) problems["email"] = "error.email";
  if (!unit.phone.empty() && !is_valid_phone(unit.phone)) problems["phone"] = "error.phone";
  return problems;
}

}  // namespace motcua::core
