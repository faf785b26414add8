#include "core/role.hpp"

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

// The role names of API.md; they appear in sessions, the database and the audit log, so they are
// part of the contract.
constexpr detail::NameTable<Role, 6> kRoleNames{{
    {Role::citizen, "citizen"},
    {Role::business, "business"},
    {Role::reception, "reception"},
    {Role::specialist, "specialist"},
    {Role::leader, "leader"},
    {Role::admin, "admin"},
}};

}  // namespace

std::string_view role_name(Role role) { return detail::name_of(kRoleNames, role); }

std::optional<Role> parse_role(std::string_view name) {
  return detail::parse_name(kRoleNames, name);
}

bool is_official(Role role) {
  return role == Role::reception || role == Role::specialist || role == Role::leader ||
         role == Role::admin;
}

bool is_applicant(Role role) { return role == Role::citizen || role == Role::business; }

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles{Role::citizen,    Role::business, Role::reception,
                                       Role::specialist, Role::leader,   Role::admin};
  return roles;
}

}  // namespace motcua::core
