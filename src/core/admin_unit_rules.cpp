#include "core/admin_unit_rules.hpp"

#include "core/text.hpp"
#include "core/unit_rules.hpp"

namespace motcua::core {
namespace {

std::optional<std::string> place_problem(const AdminUnit& unit,
                                         const std::optional<AdminUnit>& parent) {
  if (is_province_tier(unit.kind)) {
    if (!unit.parent_code.empty()) return "error.admin_unit_province_parent";
    return std::nullopt;
  }
  if (unit.parent_code.empty()) return "error.required";
  if (unit.parent_code == unit.code) return "error.admin_unit_parent_tier";
  if (!parent) return "error.unknown_admin_unit";
  if (!is_province_tier(parent->kind)) return "error.admin_unit_parent_tier";
  return std::nullopt;
}

}  // namespace

std::map<std::string, std::string> admin_unit_problems(const AdminUnit& unit,
                                                       const std::optional<AdminUnit>& parent,
                                                       bool has_children) {
  std::map<std::string, std::string> problems;
  if (!is_dotted_code(unit.code, kMaxAdminUnitCode)) problems["code"] = "error.admin_unit_code";
  if (trim(unit.name).empty())
    problems["name"] = "error.required";
  else if (unit.name.size() > kMaxAdminUnitName || !is_valid_utf8(unit.name))
    problems["name"] = "error.too_long";
  if (const auto problem = place_problem(unit, parent)) problems["parent"] = *problem;
  if (has_children && !is_province_tier(unit.kind)) problems["kind"] = "error.admin_unit_has_units";
  return problems;
}

}  // namespace motcua::core
