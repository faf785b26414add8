#pragma once
// A procedure's workflow (quy trình nội bộ, requirements §5 B3, §13.3): the steps a received
// dossier goes through, each done by a unit's officials of one role within a working-time budget,
// in sequence or in parallel. Steps of other agencies make the procedure liên thông. The dossier
// keeps the workflow in force at reception; these rules move its steps.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/deadline.hpp"
#include "core/lifecycle.hpp"
#include "core/role.hpp"
#include "core/time.hpp"

namespace motcua::core {

enum class BudgetUnit { working_hours, working_days };
std::string_view budget_unit_name(BudgetUnit unit);
std::optional<BudgetUnit> parse_budget_unit(std::string_view name);

struct WorkflowStep {
  int seq = 0;  // 1, 2, …: unique, and larger than every step it waits for
  std::string name;
  std::string unit_code;  // the unit whose officials do it
  Role role = Role::specialist;
  int budget = 1;
  BudgetUnit budget_unit = BudgetUnit::working_days;
  std::vector<int> after;  // the steps that must be done first; none: it starts at reception
  // The dossier actions (papers, apology, stop…) its holder may take while it is active; none:
  // whatever the role allows. Step actions (complete, send back, recall) are always the holder's.
  std::vector<Action> actions;
};

// Why a workflow cannot be used, or nothing: at least one step, unique positive numbers, names,
// units, official roles, budgets of 1..365, and every step waiting only for earlier steps (so
// there is no cycle and every step can start).
std::optional<std::string> workflow_error(const std::vector<WorkflowStep>& steps);

enum class StepStatus { waiting, active, done };
std::string_view step_status_name(StepStatus status);
std::optional<StepStatus> parse_step_status(std::string_view name);

// One step of one dossier, as the workflow defined it at reception, with its own clock.
struct DossierStep {
  WorkflowStep definition;
  long long unit_id = 0;
  std::optional<long long> assignee_id;
  StepStatus status = StepStatus::waiting;
  std::optional<Instant> started_at;
  std::optional<Instant> due_at;
  std::optional<Instant> done_at;
};

// The dossier's steps at reception `at`: the steps that wait for nothing start at once.
std::vector<DossierStep> start_workflow(std::vector<DossierStep> steps,
                                        const WorkingCalendar& calendar, Instant at);

enum class StepError { no_active_step, successor_has_acted, nothing_to_return_to };

struct StepOutcome {
  std::vector<DossierStep> steps;
  std::optional<StepError> error;
};

// Finishes active step `seq` and starts every step whose predecessors are now all done.
StepOutcome complete_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                          Instant at);
// Returns active step `seq` to the steps it waited for, which start again with a fresh budget.
StepOutcome send_back_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                           Instant at);
// The unit that finished step `seq` takes it back while no step it started has been taken up by
// a named official: those steps wait again and `seq` is active once more.
StepOutcome recall_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                        Instant at);

bool all_steps_done(const std::vector<DossierStep>& steps);
// The dossier's status after a step action: resolved (9) once every step is done, else in process.
Status status_after_steps(const std::vector<DossierStep>& steps);

// The step an official with `role`, whose unit serves the units `serves` accepts, would move by
// `action`: one of their active steps to complete or send back, or one they finished to recall.
std::optional<int> step_to_move(const std::vector<DossierStep>& steps, Action action, Role role,
                                const std::function<bool(long long unit_id)>& serves);
// Whether an official with `role`, whose unit serves the units `serves` accepts, may take the
// dossier action `action` as far as the workflow says: yes unless every active step they hold
// lists its actions and none lists this one.
bool step_permits(const std::vector<DossierStep>& steps, Action action, Role role,
                  const std::function<bool(long long unit_id)>& serves);

// How a finished step kept its budget; nothing while it is not done.
std::optional<Timeliness> step_timeliness(const DossierStep& step);

}  // namespace motcua::core
