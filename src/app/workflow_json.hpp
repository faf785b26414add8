#pragma once
// A procedure's workflow as the catalog record carries it:
// [{"seq","name","unit","role","budget","budget_unit","after"}].
#include <nlohmann/json.hpp>
#include <vector>

#include "core/workflow.hpp"

namespace motcua::app {

nlohmann::json workflow_to_json(const std::vector<core::WorkflowStep>& steps);
// Throws AppError invalid_input (field "workflow") when a step is malformed or the workflow breaks
// core::workflow_error's rules.
std::vector<core::WorkflowStep> workflow_from_json(const nlohmann::json& steps);

}  // namespace motcua::app
