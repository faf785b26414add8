#include "app/official_accounts.hpp"

#include "app/administration.hpp"
#include "app/errors.hpp"

namespace motcua::app {

std::string first_password(const std::string& random_token) {
  // Sixteen characters of the URL-safe token, then a digit and a sign the policy asks for.
  std::string password = random_token.substr(0, 16);
  for (auto& c : password) {
    if (c == '-' || c == '_') c = 'x';
  }
  return password + "Kx7#";
}

CreatedOfficial create_official(Services& services, const Principal& who, const NewOfficial& in) {
  require_admin(who);
  std::vector<core::Role> roles;
  for (const auto& name : in.roles) {
    const auto role = core::parse_role(name);
    if (!role || !core::is_official(*role)) throw_invalid({{"roles", "error.option"}});
    roles.push_back(*role);
  }
  CreatedOfficial created;
  created.initial_password = first_password(services.crypto.random_token());
  NewUser user{in.username, created.initial_password, in.full_name, in.email, roles, in.unit_code};
  created.user = Accounts(services).create_user(user, who.user.username);
  return created;
}

}  // namespace motcua::app
