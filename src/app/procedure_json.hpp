#pragma once
// The JSON form of a procedure record: the demo data, the API and the stored version detail share
// it, so a procedure reads and writes the same everywhere.
#include <nlohmann/json.hpp>

#include "core/procedure.hpp"

namespace motcua::app {

nlohmann::json procedure_to_json(const core::Procedure& procedure);
// Throws nlohmann::json::exception or std::invalid_argument on a malformed record.
core::Procedure procedure_from_json(const nlohmann::json& json);

nlohmann::json form_field_to_json(const core::FormField& field);

}  // namespace motcua::app
