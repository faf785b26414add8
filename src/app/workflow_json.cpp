#include "app/workflow_json.hpp"

#include "app/errors.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

[[noreturn]] void malformed() { throw_invalid({{"workflow", "error.workflow"}}); }

json action_names(const std::vector<core::Action>& actions) {
  json names = json::array();
  for (const auto action : actions) names.push_back(std::string(core::action_name(action)));
  return names;
}

core::WorkflowStep step_from_json(const json& j) {
  if (!j.is_object()) malformed();
  core::WorkflowStep step;
  try {
    step.seq = j.at("seq").get<int>();
    step.name = j.at("name").get<std::string>();
    step.unit_code = j.at("unit").get<std::string>();
    const auto role = core::parse_role(j.at("role").get<std::string>());
    const auto unit = core::parse_budget_unit(j.value("budget_unit", std::string("working_days")));
    if (!role || !unit) malformed();
    step.role = *role;
    step.budget_unit = *unit;
    step.budget = j.value("budget", 1);
    step.after = j.value("after", std::vector<int>{});
    for (const auto& name : j.value("actions", std::vector<std::string>{})) {
      const auto action = core::parse_action(name);
      if (!action) malformed();
      step.actions.push_back(*action);
    }
  } catch (const json::exception&) {
    malformed();
  }
  return step;
}

}  // namespace

json workflow_to_json(const std::vector<core::WorkflowStep>& steps) {
  json out = json::array();
  for (const auto& s : steps) {
    out.push_back({{"seq", s.seq},
                   {"name", s.name},
                   {"unit", s.unit_code},
                   {"role", core::role_name(s.role)},
                   {"budget", s.budget},
                   {"budget_unit", core::budget_unit_name(s.budget_unit)},
                   {"after", s.after},
                   {"actions", action_names(s.actions)}});
  }
  return out;
}

std::vector<core::WorkflowStep> workflow_from_json(const json& steps) {
  if (!steps.is_array()) malformed();
  std::vector<core::WorkflowStep> workflow;
  for (const auto& step : steps) workflow.push_back(step_from_json(step));
  if (core::workflow_error(workflow)) malformed();
  return workflow;
}

}  // namespace motcua::app
