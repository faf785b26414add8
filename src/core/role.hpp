#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace motcua::core {

// The roles of API.md. Officials act within their own unit; citizens and businesses own dossiers.
enum class Role { citizen, business, reception, specialist, leader, admin };

std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view name);
bool is_official(Role role);
bool is_applicant(Role role);
const std::vector<Role>& all_roles();

}  // namespace motcua::core
