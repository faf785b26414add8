#include "core/workflow.hpp"

#include <algorithm>
#include <set>

#include "core/enum_names.hpp"

namespace motcua::core {
namespace {

constexpr detail::NameTable<BudgetUnit, 2> kBudgetUnitNames{{
    {BudgetUnit::working_hours, "working_hours"},
    {BudgetUnit::working_days, "working_days"},
}};

constexpr detail::NameTable<StepStatus, 3> kStepStatusNames{{
    {StepStatus::waiting, "waiting"},
    {StepStatus::active, "active"},
    {StepStatus::done, "done"},
}};

constexpr int kLongestBudget = 365;

Instant step_due(const WorkflowStep& step, const WorkingCalendar& calendar, Instant at) {
  if (step.budget_unit == BudgetUnit::working_days)
    return calendar.due_after_working_days(at, step.budget);
  return calendar.add_working_minutes(calendar.counting_start(at), step.budget * 60LL);
}

void start(DossierStep& step, const WorkingCalendar& calendar, Instant at) {
  step.status = StepStatus::active;
  step.started_at = at;
  step.due_at = step_due(step.definition, calendar, at);
  step.done_at.reset();
}

DossierStep* find_step(std::vector<DossierStep>& steps, int seq) {
  const auto it = std::find_if(steps.begin(), steps.end(),
                               [&](const DossierStep& s) { return s.definition.seq == seq; });
  return it == steps.end() ? nullptr : &*it;
}

bool waits_for(const DossierStep& step, int seq) {
  const auto& after = step.definition.after;
  return std::find(after.begin(), after.end(), seq) != after.end();
}

// Starts every waiting step whose predecessors are all done.
void start_ready(std::vector<DossierStep>& steps, const WorkingCalendar& calendar, Instant at) {
  for (auto& step : steps) {
    if (step.status != StepStatus::waiting) continue;
    const bool ready =
        std::all_of(step.definition.after.begin(), step.definition.after.end(), [&](int seq) {
          const auto* before = find_step(steps, seq);
          return before && before->status == StepStatus::done;
        });
    if (ready) start(step, calendar, at);
  }
}

std::optional<std::string> step_error(const WorkflowStep& step, const std::set<int>& earlier) {
  if (step.seq <= 0 || earlier.contains(step.seq)) return "step numbers must be unique and > 0";
  if (step.name.empty()) return "a step needs a name";
  if (step.unit_code.empty()) return "a step needs a unit";
  if (!is_official(step.role) || step.role == Role::admin) return "a step needs an official role";
  if (step.budget < 1 || step.budget > kLongestBudget) return "a step's budget is 1 to 365";
  for (const int seq : step.after) {
    if (seq >= step.seq || !earlier.contains(seq)) return "a step waits only for earlier steps";
  }
  for (const auto action : step.actions) {
    if (action == Action::complete_step || action == Action::send_back || action == Action::recall)
      return "a step lists dossier actions only";
  }
  return std::nullopt;
}

}  // namespace

std::string_view budget_unit_name(BudgetUnit unit) {
  return detail::name_of(kBudgetUnitNames, unit);
}
std::optional<BudgetUnit> parse_budget_unit(std::string_view name) {
  return detail::parse_name(kBudgetUnitNames, name);
}
std::string_view step_status_name(StepStatus status) {
  return detail::name_of(kStepStatusNames, status);
}
std::optional<StepStatus> parse_step_status(std::string_view name) {
  return detail::parse_name(kStepStatusNames, name);
}

std::optional<std::string> workflow_error(const std::vector<WorkflowStep>& steps) {
  if (steps.empty()) return "a workflow needs at least one step";
  std::vector<WorkflowStep> ordered = steps;
  std::sort(ordered.begin(), ordered.end(),
            [](const WorkflowStep& a, const WorkflowStep& b) { return a.seq < b.seq; });
  std::set<int> earlier;
  for (const auto& step : ordered) {
    if (auto error = step_error(step, earlier)) return error;
    earlier.insert(step.seq);
  }
  return std::nullopt;
}

std::vector<DossierStep> start_workflow(std::vector<DossierStep> steps,
                                        const WorkingCalendar& calendar, Instant at) {
  for (auto& step : steps) {
    step.status = StepStatus::waiting;
    step.started_at.reset();
    step.due_at.reset();
    step.done_at.reset();
  }
  start_ready(steps, calendar, at);
  return steps;
}

StepOutcome complete_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                          Instant at) {
  auto* step = find_step(steps, seq);
  if (!step || step->status != StepStatus::active) return {steps, StepError::no_active_step};
  step->status = StepStatus::done;
  step->done_at = at;
  start_ready(steps, calendar, at);
  return {steps, std::nullopt};
}

StepOutcome send_back_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                           Instant at) {
  auto* step = find_step(steps, seq);
  if (!step || step->status != StepStatus::active) return {steps, StepError::no_active_step};
  if (step->definition.after.empty()) return {steps, StepError::nothing_to_return_to};
  const auto previous = step->definition.after;
  step->status = StepStatus::waiting;
  step->started_at.reset();
  step->due_at.reset();
  step->assignee_id.reset();
  for (const int before : previous) start(*find_step(steps, before), calendar, at);
  return {steps, std::nullopt};
}

StepOutcome recall_step(std::vector<DossierStep> steps, int seq, const WorkingCalendar& calendar,
                        Instant at) {
  auto* step = find_step(steps, seq);
  if (!step || step->status != StepStatus::done) return {steps, StepError::no_active_step};
  std::vector<DossierStep*> successors;
  for (auto& other : steps) {
    if (!waits_for(other, seq) || other.status == StepStatus::waiting) continue;
    if (other.status == StepStatus::done || other.assignee_id)
      return {steps, StepError::successor_has_acted};
    successors.push_back(&other);
  }
  if (successors.empty()) return {steps, StepError::successor_has_acted};
  for (auto* other : successors) {
    other->status = StepStatus::waiting;
    other->started_at.reset();
    other->due_at.reset();
  }
  start(*step, calendar, at);
  return {steps, std::nullopt};
}

bool all_steps_done(const std::vector<DossierStep>& steps) {
  return !steps.empty() && std::all_of(steps.begin(), steps.end(), [](const DossierStep& s) {
    return s.status == StepStatus::done;
  });
}

Status status_after_steps(const std::vector<DossierStep>& steps) {
  return all_steps_done(steps) ? Status::resolved : Status::processing;
}

std::optional<int> step_to_move(const std::vector<DossierStep>& steps, Action action, Role role,
                                const std::function<bool(long long unit_id)>& serves) {
  const auto wanted = action == Action::recall ? StepStatus::done : StepStatus::active;
  for (const auto& step : steps) {
    if (step.status != wanted || step.definition.role != role || !serves(step.unit_id)) continue;
    if (action != Action::recall) return step.definition.seq;
    const bool handed_on = std::any_of(steps.begin(), steps.end(), [&](const DossierStep& next) {
      return waits_for(next, step.definition.seq) && next.status == StepStatus::active;
    });
    if (handed_on) return step.definition.seq;
  }
  return std::nullopt;
}

bool step_permits(const std::vector<DossierStep>& steps, Action action, Role role,
                  const std::function<bool(long long unit_id)>& serves) {
  bool holds_listing_step = false;
  for (const auto& step : steps) {
    if (step.status != StepStatus::active || step.definition.role != role || !serves(step.unit_id))
      continue;
    const auto& listed = step.definition.actions;
    if (listed.empty() || std::find(listed.begin(), listed.end(), action) != listed.end())
      return true;
    holds_listing_step = true;
  }
  return !holds_listing_step;
}

std::optional<Timeliness> step_timeliness(const DossierStep& step) {
  if (step.status != StepStatus::done || !step.done_at || !step.due_at) return std::nullopt;
  return timeliness(*step.due_at, *step.done_at);
}

}  // namespace motcua::core
