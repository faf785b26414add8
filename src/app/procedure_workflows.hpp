#pragma once
// Administrators keep each procedure's workflow (requirements §5 B3): a new workflow is a new
// procedure version that takes effect from a date; dossiers received before keep theirs.
#include <nlohmann/json.hpp>
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct ProcedureWorkflow {
  std::string code;
  core::LocalDate effective_from{};
  std::vector<core::WorkflowStep> steps;
};

class ProcedureWorkflows {
 public:
  explicit ProcedureWorkflows(Services& services) : services_(services) {}

  // The workflow in force today (officials and administrators).
  ProcedureWorkflow in_force(const Principal& who, const std::string& code);
  // Administrators: saves `steps` (the workflow_json shape) as a new version of the procedure
  // effective from `effective_from`, today or later. Every step's unit must exist.
  ProcedureWorkflow save(const Principal& admin, const std::string& code,
                         const std::string& effective_from, const nlohmann::json& steps,
                         const std::string& ip);
  // Administrators: the units a step may name, for the editor's choices.
  std::vector<core::Unit> units(const Principal& admin);

 private:
  Services& services_;
};

}  // namespace motcua::app
