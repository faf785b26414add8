#pragma once
// Officials' accounts made by an administrator (requirements §8): a random first password, shown
// once to the administrator, that the official must change at the first sign-in.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct NewOfficial {
  std::string username;
  std::string full_name;
  std::vector<std::string> roles;
  std::string unit_code;
  std::string email;
};

struct CreatedOfficial {
  User user;
  std::string initial_password;
};

// 403 for anyone but an administrator; 400 naming each wrong field, a taken username too.
CreatedOfficial create_official(Services& services, const Principal& who, const NewOfficial& input);

// A password of the policy's shape from a random token: letters, digits and a sign.
std::string first_password(const std::string& random_token);

}  // namespace motcua::app
