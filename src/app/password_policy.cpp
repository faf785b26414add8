#include "app/password_policy.hpp"

#include "core/password_rule.hpp"

namespace motcua::app {

std::optional<std::string> password_error(const std::string& password) {
  switch (core::check_password(password)) {
    case core::PasswordProblem::none:
      return std::nullopt;
    case core::PasswordProblem::too_long:
      return "error.password_too_long";
    case core::PasswordProblem::edge_space:
      return "error.password_edge_space";
    case core::PasswordProblem::invalid:
      return "error.password_invalid";
    case core::PasswordProblem::too_short:
    case core::PasswordProblem::weak:
      break;
  }
  return "error.weak_password";
}

}  // namespace motcua::app
