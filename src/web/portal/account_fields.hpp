#pragma once
// The labelled inputs of the account pages (profile, password, two-factor login).
#include <nlohmann/json.hpp>
#include <string>

#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

// The message for field `name`, or "".
std::string message_of(const FieldMessages& messages, const std::string& name);

// One input as templates/shared/text_field.mustache draws it, labelled by the catalog's
// "account.<name>".
nlohmann::json input_view(const PageRequest& page, const std::string& name, const char* type,
                          const char* autocomplete, const std::string& hint_key,
                          const std::string& value, const FieldMessages& messages);

}  // namespace motcua::web::portal
