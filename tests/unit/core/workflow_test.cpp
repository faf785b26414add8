// The workflow rules on the liên thông shape of API.md: the ward's desk, then its leader, then the
// police and social insurance in parallel; each step with its own working-time budget.
#include "core/workflow.hpp"

#include <gtest/gtest.h>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using testing::at;

const WorkingCalendar kCalendar{CalendarRules{}};

std::vector<WorkflowStep> lien_thong() {
  return {{1, "Thẩm tra", "H29.12.05", Role::specialist, 4, BudgetUnit::working_hours, {}},
          {2, "Ký", "H29.12.05", Role::leader, 2, BudgetUnit::working_hours, {1}},
          {3, "Thường trú", "H29.20.05", Role::specialist, 2, BudgetUnit::working_days, {2}},
          {4, "Thẻ BHYT", "H29.21.01", Role::specialist, 2, BudgetUnit::working_days, {2}}};
}

std::vector<DossierStep> received_at(const std::string& when) {
  std::vector<DossierStep> steps;
  long long unit = 10;
  for (const auto& definition : lien_thong()) steps.push_back({definition, ++unit});
  return start_workflow(steps, kCalendar, at(when));
}

const DossierStep& step(const std::vector<DossierStep>& steps, int seq) {
  return steps.at(static_cast<std::size_t>(seq - 1));
}

TEST(Workflow, OnlyTheFirstStepStartsAtReceptionWithItsOwnBudget) {
  const auto steps = received_at("2026-11-23T09:00");
  EXPECT_EQ(step(steps, 1).status, StepStatus::active);
  // 4 working hours from Monday 09:00: 09:00–11:30 (150) + 13:30–15:00 (90).
  EXPECT_EQ(step(steps, 1).due_at, at("2026-11-23T15:00"));
  for (int seq : {2, 3, 4}) EXPECT_EQ(step(steps, seq).status, StepStatus::waiting);
}

TEST(Workflow, CompletingAStepStartsWhatWaitedForItAndParallelStepsTogether) {
  auto outcome =
      complete_step(received_at("2026-11-23T09:00"), 1, kCalendar, at("2026-11-23T10:00"));
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(step_timeliness(step(outcome.steps, 1)), Timeliness::on_time);
  EXPECT_EQ(step(outcome.steps, 2).due_at, at("2026-11-23T14:00"));
  outcome = complete_step(outcome.steps, 2, kCalendar, at("2026-11-23T14:30"));
  EXPECT_EQ(step_timeliness(step(outcome.steps, 2)), Timeliness::late);
  for (int seq : {3, 4}) {
    EXPECT_EQ(step(outcome.steps, seq).status, StepStatus::active);
    EXPECT_EQ(step(outcome.steps, seq).due_at, at("2026-11-25T14:30"));
  }
  EXPECT_EQ(status_after_steps(outcome.steps), Status::processing);
  outcome = complete_step(outcome.steps, 3, kCalendar, at("2026-11-24T09:00"));
  EXPECT_EQ(status_after_steps(outcome.steps), Status::processing) << "step 4 is still open";
  outcome = complete_step(outcome.steps, 4, kCalendar, at("2026-11-26T09:00"));
  EXPECT_TRUE(all_steps_done(outcome.steps));
  EXPECT_EQ(status_after_steps(outcome.steps), Status::resolved);
  EXPECT_EQ(step_timeliness(step(outcome.steps, 4)), Timeliness::late);
  EXPECT_EQ(complete_step(outcome.steps, 4, kCalendar, at("2026-11-26T10:00")).error,
            StepError::no_active_step);
}

TEST(Workflow, SendBackReopensTheStepsItWaitedForButNotTheFirst) {
  auto steps =
      complete_step(received_at("2026-11-23T09:00"), 1, kCalendar, at("2026-11-23T10:00")).steps;
  EXPECT_EQ(
      send_back_step(received_at("2026-11-23T09:00"), 1, kCalendar, at("2026-11-23T10:00")).error,
      StepError::nothing_to_return_to);
  const auto back = send_back_step(steps, 2, kCalendar, at("2026-11-23T13:30"));
  ASSERT_FALSE(back.error);
  EXPECT_EQ(step(back.steps, 2).status, StepStatus::waiting);
  EXPECT_EQ(step(back.steps, 1).status, StepStatus::active);
  EXPECT_FALSE(step(back.steps, 1).done_at);
  EXPECT_EQ(step(back.steps, 1).due_at, at("2026-11-24T08:00")) << "a fresh 4-hour budget";
}

TEST(Workflow, RecallWorksOnlyWhileNoSuccessorHasTakenTheStepUp) {
  auto steps = received_at("2026-11-23T09:00");
  steps = complete_step(steps, 1, kCalendar, at("2026-11-23T10:00")).steps;
  steps = complete_step(steps, 2, kCalendar, at("2026-11-23T11:00")).steps;
  const auto recalled = recall_step(steps, 2, kCalendar, at("2026-11-23T11:10"));
  ASSERT_FALSE(recalled.error);
  EXPECT_EQ(step(recalled.steps, 2).status, StepStatus::active);
  EXPECT_EQ(step(recalled.steps, 3).status, StepStatus::waiting);
  EXPECT_EQ(step(recalled.steps, 4).status, StepStatus::waiting);
  steps.at(2).assignee_id = 7;  // the police officer took step 3 up
  EXPECT_EQ(recall_step(steps, 2, kCalendar, at("2026-11-23T11:10")).error,
            StepError::successor_has_acted);
  EXPECT_EQ(recall_step(steps, 1, kCalendar, at("2026-11-23T11:10")).error,
            StepError::successor_has_acted)
      << "step 2, which waited for step 1, is done";
}

TEST(Workflow, TheStepToMoveBelongsToTheCallersUnitAndRole) {
  auto steps = received_at("2026-11-23T09:00");
  const auto unit_11 = [](long long unit) { return unit == 11; };
  EXPECT_EQ(step_to_move(steps, Action::complete_step, Role::specialist, unit_11), 1);
  EXPECT_FALSE(step_to_move(steps, Action::complete_step, Role::leader, unit_11));
  EXPECT_FALSE(step_to_move(steps, Action::complete_step, Role::specialist,
                            [](long long unit) { return unit == 13; }));
  steps = complete_step(steps, 1, kCalendar, at("2026-11-23T10:00")).steps;
  EXPECT_EQ(step_to_move(steps, Action::recall, Role::specialist, unit_11), 1);
}

TEST(Workflow, BrokenWorkflowsAreRefused) {
  EXPECT_FALSE(workflow_error(lien_thong()));
  EXPECT_TRUE(workflow_error({}));
  auto steps = lien_thong();
  steps[1].after = {3};
  EXPECT_TRUE(workflow_error(steps)) << "waits for a later step";
  steps = lien_thong();
  steps[2].seq = 2;
  EXPECT_TRUE(workflow_error(steps)) << "two steps 2";
  steps = lien_thong();
  steps[0].role = Role::citizen;
  EXPECT_TRUE(workflow_error(steps));
  steps = lien_thong();
  steps[0].budget = 0;
  EXPECT_TRUE(workflow_error(steps));
  steps = lien_thong();
  steps[3].unit_code.clear();
  EXPECT_TRUE(workflow_error(steps));
}

}  // namespace
TEST(Workflow, AStepListingItsActionsLimitsWhatItsHolderMayDo) {
  auto steps = received_at("2026-11-23T09:00");
  const auto serves_all = [](long long) { return true; };
  EXPECT_TRUE(step_permits(steps, Action::apologize, Role::specialist, serves_all))
      << "no step lists actions: the role decides";
  for (auto& s : steps) s.definition.actions = {Action::request_supplement};
  EXPECT_TRUE(step_permits(steps, Action::request_supplement, Role::specialist, serves_all));
  EXPECT_FALSE(step_permits(steps, Action::apologize, Role::specialist, serves_all));
  const auto serves_none = [](long long) { return false; };
  EXPECT_TRUE(step_permits(steps, Action::apologize, Role::specialist, serves_none))
      << "an official holding no step is not limited by the workflow";
  auto listed = step(steps, 1).definition;
  listed.actions = {Action::complete_step};
  EXPECT_TRUE(workflow_error({listed}).has_value());
}

}  // namespace motcua::core
