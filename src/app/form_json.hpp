#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/form.hpp"

namespace motcua::app {

// An e-form's JSON (field → string, number, bool, array of row objects, or an address object of
// string parts) as core values.
// Throws AppError invalid_input if the JSON is not an object of such values.
core::FormValues to_form_values(const nlohmann::json& form);

// A stored answer as the text its field holds: strings as they are, a ticked box "true", numbers
// in JSON notation; anything else (null, rows, an address) "".
std::string answer_text(const nlohmann::json& value);

// Rejects a form that is not an object of such values, or is larger than a dossier form can
// reasonably be.
void check_form_shape(const nlohmann::json& form);

}  // namespace motcua::app
