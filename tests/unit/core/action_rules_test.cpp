#include "core/action_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using testing::at;

const WorkingCalendar kCalendar{CalendarRules{}};

const ActionParameter* parameter(Action action, std::string_view name) {
  const auto& list = action_parameters(action);
  const auto found = std::find_if(list.begin(), list.end(),
                                  [&](const ActionParameter& p) { return p.name == name; });
  return found == list.end() ? nullptr : &*found;
}

TEST(ActionRules, WrittenReasonsAreRequiredWhereTheFormsAskForThem) {
  for (const auto action :
       {Action::refuse, Action::stop, Action::request_supplement, Action::apologize}) {
    const auto* reason = parameter(action, "reason");
    ASSERT_NE(reason, nullptr) << action_name(action);
    EXPECT_TRUE(reason->required) << action_name(action);
  }
  EXPECT_TRUE(parameter(Action::apologize, "new_due_at")->required);
  EXPECT_EQ(parameter(Action::request_payment, "amount")->kind, ParameterKind::amount);
  EXPECT_EQ(parameter(Action::return_result, "method")->kind, ParameterKind::method);
  EXPECT_FALSE(parameter(Action::forward, "to")->required);  // to the unit as a whole
  EXPECT_EQ(parameter(Action::approve, "reason"), nullptr);
}

TEST(ActionRules, FeeAmountsArePositiveAndBounded) {
  EXPECT_FALSE(valid_fee_amount(0));
  EXPECT_FALSE(valid_fee_amount(-5));
  EXPECT_TRUE(valid_fee_amount(50'000));
  EXPECT_TRUE(valid_fee_amount(kMaxFeeAmount));
  EXPECT_FALSE(valid_fee_amount(kMaxFeeAmount + 1));
}

TEST(ActionRules, ReceptionStartsTheClock) {
  const auto effect = clock_after(Action::receive, {}, kCalendar, {at("2026-11-23T09:00"), 5});
  EXPECT_FALSE(effect.error);
  EXPECT_EQ(effect.clock.received_at, at("2026-11-23T09:00"));
  EXPECT_EQ(effect.clock.due_at, at("2026-11-30T09:00"));
  const auto intake = clock_after(Action::intake, {}, kCalendar, {at("2026-11-23T09:00"), 5});
  EXPECT_EQ(intake.clock.due_at, effect.clock.due_at);
}

TEST(ActionRules, SupplementAtTheDeskLeavesTheClockUnstarted) {
  const auto effect =
      clock_after(Action::request_supplement, {}, kCalendar, {at("2026-11-23T09:00"), 5});
  EXPECT_FALSE(effect.clock.received_at);
  EXPECT_FALSE(effect.clock.paused_at);
}

TEST(ActionRules, SupplementDuringAppraisalPausesAndTheAnswerResumes) {
  const auto started = start_clock(kCalendar, at("2026-11-23T09:00"), 5);
  const auto paused =
      clock_after(Action::request_supplement, started, kCalendar, {at("2026-11-25T10:00")}).clock;
  EXPECT_EQ(paused.paused_at, at("2026-11-25T10:00"));
  const auto resumed =
      clock_after(Action::answer_supplement, paused, kCalendar, {at("2026-12-03T14:00")}).clock;
  EXPECT_FALSE(resumed.paused_at);
  EXPECT_EQ(resumed.due_at, at("2026-12-08T11:00"));
}

TEST(ActionRules, AnApologyOnlyMovesTheDueDateLater) {
  const auto started = start_clock(kCalendar, at("2026-11-23T09:00"), 5);
  const auto missing = clock_after(Action::apologize, started, kCalendar, {at("2026-11-26T09:00")});
  EXPECT_EQ(missing.error, ClockRuleError::new_due_missing);
  ClockInputs earlier{at("2026-11-26T09:00"), 0, at("2026-11-27T09:00")};
  const auto refused = clock_after(Action::apologize, started, kCalendar, earlier);
  EXPECT_EQ(refused.error, ClockRuleError::new_due_not_later);
  EXPECT_EQ(refused.clock.due_at, started.due_at);
  ClockInputs later{at("2026-11-26T09:00"), 0, at("2026-12-04T09:00")};
  const auto moved = clock_after(Action::apologize, started, kCalendar, later);
  EXPECT_FALSE(moved.error);
  EXPECT_EQ(moved.clock.due_at, at("2026-12-04T09:00"));
}

// Decree 61/2018 Art 19: at the latest the day before the due date (due Monday 30 Nov 09:00).
TEST(ActionRules, AnApologyComesAtTheLatestTheDayBeforeTheDueDate) {
  const auto started = start_clock(kCalendar, at("2026-11-23T09:00"), 5);
  const auto new_due = at("2026-12-04T09:00");
  EXPECT_FALSE(
      clock_after(Action::apologize, started, kCalendar, {at("2026-11-29T23:59"), 0, new_due})
          .error);
  EXPECT_EQ(clock_after(Action::apologize, started, kCalendar, {at("2026-11-30T07:00"), 0, new_due})
                .error,
            ClockRuleError::apology_too_late);
  EXPECT_EQ(clock_after(Action::apologize, started, kCalendar, {at("2026-12-02T10:00"), 0, new_due})
                .error,
            ClockRuleError::apology_too_late);
}

TEST(ActionRules, OtherActionsLeaveTheClock) {
  const auto started = start_clock(kCalendar, at("2026-11-23T09:00"), 5);
  for (const auto action : {Action::forward, Action::approve, Action::stop, Action::refuse}) {
    const auto effect = clock_after(action, started, kCalendar, {at("2026-11-24T09:00")});
    EXPECT_EQ(effect.clock.due_at, started.due_at) << action_name(action);
    EXPECT_FALSE(effect.clock.paused_at);
  }
}

}  // namespace
}  // namespace motcua::core
