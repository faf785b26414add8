#pragma once
// Requirements §8 password rules as the use cases apply them: composition (core), history and age.
#include <optional>
#include <string>

namespace motcua::app {

// The i18n key of the field message for a password core::check_password refuses, or nothing.
std::optional<std::string> password_error(const std::string& password);

}  // namespace motcua::app
