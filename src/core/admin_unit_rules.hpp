#pragma once
// What makes an administrative unit acceptable to save (requirements §5 B6): a statistical code
// (digits, or letters, digits and dots for a demo province), a name, and its place in the two
// tiers of the Law on Local Government 2025: a province or centrally-run city stands alone, a
// commune, ward or special zone lies in one of them. A province that already has communes cannot
// become a commune itself.
#include <map>
#include <optional>
#include <string>

#include "core/admin_unit.hpp"

namespace motcua::core {

inline constexpr std::size_t kMaxAdminUnitCode = 20;
inline constexpr std::size_t kMaxAdminUnitName = 200;

// `parent` is the stored unit `unit.parent_code` names (nothing when none or unknown);
// `has_children` whether units already lie beneath `unit.code`. Field → message key.
std::map<std::string, std::string> admin_unit_problems(const AdminUnit& unit,
                                                       const std::optional<AdminUnit>& parent,
                                                       bool has_children);

}  // namespace motcua::core
