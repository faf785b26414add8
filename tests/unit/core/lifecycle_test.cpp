#include "core/lifecycle.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace motcua::core {
namespace {

using enum Status;

struct Row {
  Action action;
  Status from;
  Status to;
  Side side;
  std::vector<Role> roles;
};

// The lifecycle of requirements §2.2, written out independently of the table under test.
const std::vector<Role> kOfficials{Role::reception, Role::specialist, Role::leader};

const std::vector<Row>& expected_rows() {
  static const std::vector<Row> rows{
      {Action::submit, draft, submitted, Side::owner, {Role::citizen, Role::business}},
      {Action::intake, draft, received, Side::reception, {Role::reception}},
      {Action::receive, submitted, received, Side::reception, {Role::reception}},
      {Action::refuse, submitted, refused, Side::reception, {Role::reception}},
      {Action::request_supplement,
       submitted,
       supplement_requested,
       Side::reception,
       {Role::reception}},
      {Action::request_supplement,
       received,
       supplement_requested,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::request_supplement,
       processing,
       supplement_requested,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::forward, received, processing, Side::reception, {Role::reception}},
      {Action::forward, processing, processing, Side::processing, {Role::specialist, Role::leader}},
      {Action::request_payment,
       processing,
       payment_requested,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::record_payment,
       payment_requested,
       processing,
       Side::processing,
       {Role::specialist, Role::leader, Role::reception}},
      {Action::withdraw, submitted, withdrawn, Side::owner, {Role::citizen, Role::business}},
      {Action::withdraw, received, withdrawn, Side::owner, {Role::citizen, Role::business}},
      {Action::withdraw, processing, withdrawn, Side::owner, {Role::citizen, Role::business}},
      {Action::withdraw,
       supplement_requested,
       withdrawn,
       Side::owner,
       {Role::citizen, Role::business}},
      {Action::withdraw,
       payment_requested,
       withdrawn,
       Side::owner,
       {Role::citizen, Role::business}},
      {Action::stop, processing, stopped, Side::processing, {Role::specialist, Role::leader}},
      {Action::stop,
       supplement_requested,
       stopped,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::stop,
       payment_requested,
       stopped,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::approve, processing, resolved, Side::processing, {Role::leader}},
      {Action::return_result, resolved, returned, Side::reception, {Role::reception}},
      {Action::apologize,
       processing,
       processing,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::apologize,
       supplement_requested,
       supplement_requested,
       Side::processing,
       {Role::specialist, Role::leader}},
      {Action::apologize,
       payment_requested,
       payment_requested,
       Side::processing,
       {Role::specialist, Role::leader}},
      // Workflow steps, by the unit holding the step (complete-step's 4 becomes 9 at the end).
      {Action::complete_step, received, processing, Side::step, kOfficials},
      {Action::complete_step, processing, processing, Side::step, kOfficials},
      {Action::send_back, processing, processing, Side::step, kOfficials},
      {Action::recall, processing, processing, Side::step, kOfficials},
  };
  return rows;
}

const std::vector<Action>& all_actions() {
  static const std::vector<Action> actions{Action::submit,
                                           Action::intake,
                                           Action::receive,
                                           Action::refuse,
                                           Action::request_supplement,
                                           Action::answer_supplement,
                                           Action::forward,
                                           Action::request_payment,
                                           Action::record_payment,
                                           Action::withdraw,
                                           Action::stop,
                                           Action::approve,
                                           Action::return_result,
                                           Action::apologize,
                                           Action::complete_step,
                                           Action::send_back,
                                           Action::recall};
  return actions;
}

std::vector<Status> all_statuses() {
  std::vector<Status> statuses;
  for (int code = 0; code < kStatusCount; ++code) statuses.push_back(*status_from_code(code));
  return statuses;
}

bool listed(const std::vector<Role>& roles, Role role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

LifecycleState in(Status status) {
  LifecycleState state;
  state.status = status;
  return state;
}

TEST(Lifecycle, ActionNamesAreTheApiPathSegments) {
  const std::vector<std::pair<Action, std::string>> names{
      {Action::submit, "submit"},
      {Action::intake, "intake"},
      {Action::receive, "receive"},
      {Action::refuse, "refuse"},
      {Action::request_supplement, "request-supplement"},
      {Action::answer_supplement, "answer-supplement"},
      {Action::forward, "forward"},
      {Action::request_payment, "request-payment"},
      {Action::record_payment, "record-payment"},
      {Action::withdraw, "withdraw"},
      {Action::stop, "stop"},
      {Action::approve, "approve"},
      {Action::return_result, "return-result"},
      {Action::apologize, "apologize"},
      {Action::complete_step, "complete-step"},
      {Action::send_back, "send-back"},
      {Action::recall, "recall"},
  };
  ASSERT_EQ(names.size(), all_actions().size());
  for (const auto& [action, name] : names) {
    EXPECT_EQ(action_name(action), name);
    EXPECT_EQ(parse_action(name), action) << name;
  }
  EXPECT_FALSE(parse_action("request_supplement"));
  EXPECT_FALSE(parse_action("create"));
  EXPECT_FALSE(parse_action(""));
  EXPECT_FALSE(parse_action("Submit"));
}

// Every row of requirements §2.2: each listed role is allowed, with the row's side and target.
TEST(Lifecycle, EveryRowAllowsItsRoles) {
  for (const auto& row : expected_rows()) {
    for (Role role : row.roles) {
      const auto result = decide(in(row.from), row.action, role);
      SCOPED_TRACE(std::string(action_name(row.action)) + " from " +
                   std::to_string(status_code(row.from)) + " as " + std::string(role_name(role)));
      EXPECT_FALSE(result.error);
      ASSERT_TRUE(result.to);
      EXPECT_EQ(*result.to, row.to);
      EXPECT_EQ(result.side, row.side);
    }
  }
}

// The same rows refuse every other role with role_not_allowed (403), not a status error.
TEST(Lifecycle, EveryRowRefusesOtherRoles) {
  for (const auto& row : expected_rows()) {
    for (Role role : all_roles()) {
      if (listed(row.roles, role)) continue;
      const auto result = decide(in(row.from), row.action, role);
      SCOPED_TRACE(std::string(action_name(row.action)) + " from " +
                   std::to_string(status_code(row.from)) + " as " + std::string(role_name(role)));
      EXPECT_FALSE(result.to);
      EXPECT_EQ(result.error, TransitionError::role_not_allowed);
      EXPECT_EQ(result.side, row.side);
    }
  }
}

// Every (action, status) pair outside the table is a conflict (409) for every role, including
// roles that could take the action from another status.
TEST(Lifecycle, EveryOtherPairIsNotAllowedFromStatus) {
  std::set<std::pair<Action, Status>> allowed;
  for (const auto& row : expected_rows()) allowed.insert({row.action, row.from});
  allowed.insert({Action::answer_supplement, supplement_requested});
  int checked = 0;
  for (Action action : all_actions()) {
    for (Status status : all_statuses()) {
      if (allowed.contains({action, status})) continue;
      for (Role role : all_roles()) {
        const auto result = decide(in(status), action, role);
        EXPECT_EQ(result.error, TransitionError::not_allowed_from_status)
            << action_name(action) << " from " << status_code(status);
        EXPECT_FALSE(result.to);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 500);
}

TEST(Lifecycle, TableMatchesTheRequirementsExactly) {
  std::set<std::tuple<Action, Status, Status, Side, std::set<Role>>> expected;
  for (const auto& row : expected_rows()) {
    expected.insert({row.action, row.from, row.to, row.side,
                     std::set<Role>(row.roles.begin(), row.roles.end())});
  }
  std::set<std::tuple<Action, Status, Status, Side, std::set<Role>>> actual;
  int answer_rows = 0;
  for (const auto& t : transition_table()) {
    if (t.action == Action::answer_supplement) {
      ++answer_rows;
      EXPECT_EQ(t.from, supplement_requested);
      EXPECT_EQ(t.side, Side::owner);
      EXPECT_EQ(std::set<Role>(t.roles.begin(), t.roles.end()),
                (std::set<Role>{Role::citizen, Role::business}));
      continue;
    }
    actual.insert({t.action, t.from, t.to, t.side, std::set<Role>(t.roles.begin(), t.roles.end())});
  }
  EXPECT_EQ(answer_rows, 1);
  EXPECT_EQ(actual, expected);
}

TEST(Lifecycle, NoActionLeavesATerminalStatus) {
  for (Status status : {refused, withdrawn, stopped, returned}) {
    for (Action action : all_actions()) {
      for (Role role : all_roles()) {
        EXPECT_EQ(decide(in(status), action, role).error, TransitionError::not_allowed_from_status);
      }
    }
  }
}

TEST(Lifecycle, StatusIsCheckedBeforeRole) {
  // A citizen may never approve, but approving a submitted dossier is a status conflict first.
  EXPECT_EQ(decide(in(submitted), Action::approve, Role::citizen).error,
            TransitionError::not_allowed_from_status);
  EXPECT_EQ(decide(in(processing), Action::approve, Role::citizen).error,
            TransitionError::role_not_allowed);
  EXPECT_EQ(decide(in(processing), Action::approve, Role::specialist).error,
            TransitionError::role_not_allowed);
  EXPECT_EQ(decide(in(returned), Action::withdraw, Role::citizen).error,
            TransitionError::not_allowed_from_status);
}

TEST(Lifecycle, SupplementAtReceptionResumesToSubmitted) {
  auto state = in(submitted);
  const auto request = decide(state, Action::request_supplement, Role::reception);
  ASSERT_EQ(request.to, supplement_requested);
  EXPECT_EQ(request.side, Side::reception);
  state = apply(state, Action::request_supplement, *request.to);
  EXPECT_EQ(state.status, supplement_requested);
  EXPECT_EQ(state.resume_status, submitted);

  const auto answer = decide(state, Action::answer_supplement, Role::citizen);
  ASSERT_EQ(answer.to, submitted);
  EXPECT_EQ(answer.side, Side::owner);
  state = apply(state, Action::answer_supplement, *answer.to);
  EXPECT_EQ(state.status, submitted);
  EXPECT_FALSE(state.resume_status);
}

TEST(Lifecycle, SupplementDuringProcessingResumesToProcessing) {
  auto state = in(processing);
  const auto request = decide(state, Action::request_supplement, Role::specialist);
  ASSERT_EQ(request.to, supplement_requested);
  EXPECT_EQ(request.side, Side::processing);
  state = apply(state, Action::request_supplement, *request.to);
  EXPECT_EQ(state.resume_status, processing);

  const auto answer = decide(state, Action::answer_supplement, Role::business);
  ASSERT_EQ(answer.to, processing);
  state = apply(state, Action::answer_supplement, *answer.to);
  EXPECT_EQ(state.status, processing);
  EXPECT_FALSE(state.resume_status);
}

TEST(Lifecycle, SupplementFromReceivedResumesToReceived) {
  auto state = apply(in(received), Action::request_supplement, supplement_requested);
  EXPECT_EQ(decide(state, Action::answer_supplement, Role::citizen).to, received);
}

TEST(Lifecycle, AnswerSupplementRefusesOfficials) {
  auto state = apply(in(processing), Action::request_supplement, supplement_requested);
  for (Role role : {Role::reception, Role::specialist, Role::leader, Role::admin}) {
    EXPECT_EQ(decide(state, Action::answer_supplement, role).error,
              TransitionError::role_not_allowed);
  }
}

TEST(Lifecycle, LeavingSupplementOtherwiseClearsResumeStatus) {
  auto state = apply(in(processing), Action::request_supplement, supplement_requested);
  const auto withdrawn_state = apply(state, Action::withdraw, withdrawn);
  EXPECT_EQ(withdrawn_state.status, withdrawn);
  EXPECT_FALSE(withdrawn_state.resume_status);
  const auto stopped_state = apply(state, Action::stop, stopped);
  EXPECT_FALSE(stopped_state.resume_status);
}

TEST(Lifecycle, ApologyWhileWaitingKeepsResumeStatus) {
  auto state = apply(in(processing), Action::request_supplement, supplement_requested);
  const auto result = decide(state, Action::apologize, Role::leader);
  ASSERT_EQ(result.to, supplement_requested);
  state = apply(state, Action::apologize, *result.to);
  EXPECT_EQ(state.resume_status, processing);
  EXPECT_TRUE(state.apologized);
}

TEST(Lifecycle, ApologizeOnlyOnce) {
  auto state = in(processing);
  const auto first = decide(state, Action::apologize, Role::specialist);
  ASSERT_EQ(first.to, processing);
  state = apply(state, Action::apologize, *first.to);
  EXPECT_TRUE(state.apologized);
  EXPECT_EQ(state.status, processing);

  const auto second = decide(state, Action::apologize, Role::leader);
  EXPECT_EQ(second.error, TransitionError::already_apologized);
  EXPECT_FALSE(second.to);
  // Still once only after the dossier moves on to another open status.
  state = apply(state, Action::request_payment, payment_requested);
  EXPECT_EQ(decide(state, Action::apologize, Role::specialist).error,
            TransitionError::already_apologized);
  // A role that may never apologise is told so rather than about the earlier apology.
  EXPECT_EQ(decide(state, Action::apologize, Role::citizen).error,
            TransitionError::role_not_allowed);
}

// API.md: once received, a dossier goes back for more papers once; a request at the desk (before
// reception) does not use it up.
TEST(Lifecycle, SupplementOnlyOnceAfterReception) {
  auto state = in(submitted);
  state = apply(state, Action::request_supplement, supplement_requested);
  EXPECT_FALSE(state.supplemented) << "a request at the desk does not count";
  state = apply(state, Action::answer_supplement, submitted);
  state = apply(state, Action::receive, received);
  const auto first = decide(state, Action::request_supplement, Role::specialist);
  ASSERT_EQ(first.to, supplement_requested);
  state = apply(state, Action::request_supplement, *first.to);
  EXPECT_TRUE(state.supplemented);
  state = apply(state, Action::answer_supplement, received);
  state = apply(state, Action::forward, processing);
  const auto second = decide(state, Action::request_supplement, Role::specialist);
  EXPECT_EQ(second.error, TransitionError::already_supplemented);
  EXPECT_FALSE(second.to);
  EXPECT_EQ(decide(state, Action::request_supplement, Role::citizen).error,
            TransitionError::role_not_allowed);
}

TEST(Lifecycle, ApplyKeepsApologizedAcrossOtherActions) {
  auto state = apply(in(processing), Action::apologize, processing);
  state = apply(state, Action::forward, processing);
  state = apply(state, Action::approve, resolved);
  EXPECT_TRUE(state.apologized);
  EXPECT_EQ(state.status, resolved);
}

TEST(Lifecycle, FullOnlineJourney) {
  LifecycleState state;
  const std::vector<std::pair<Action, Role>> steps{
      {Action::submit, Role::citizen},
      {Action::receive, Role::reception},
      {Action::forward, Role::reception},
      {Action::forward, Role::specialist},
      {Action::request_payment, Role::specialist},
      {Action::record_payment, Role::reception},
      {Action::approve, Role::leader},
      {Action::return_result, Role::reception},
  };
  for (const auto& [action, role] : steps) {
    const auto result = decide(state, action, role);
    ASSERT_TRUE(result.to) << action_name(action);
    state = apply(state, action, *result.to);
  }
  EXPECT_EQ(state.status, returned);
}

TEST(Lifecycle, AvailableActionsFollowTableOrder) {
  EXPECT_EQ(available_actions(in(submitted), Role::reception),
            (std::vector<Action>{Action::receive, Action::refuse, Action::request_supplement}));
  EXPECT_EQ(available_actions(in(submitted), Role::citizen),
            (std::vector<Action>{Action::withdraw}));
  EXPECT_EQ(
      available_actions(in(processing), Role::leader),
      (std::vector<Action>{Action::request_supplement, Action::forward, Action::request_payment,
                           Action::stop, Action::approve, Action::apologize, Action::complete_step,
                           Action::send_back, Action::recall}));
  EXPECT_EQ(available_actions(in(processing), Role::specialist),
            (std::vector<Action>{Action::request_supplement, Action::forward,
                                 Action::request_payment, Action::stop, Action::apologize,
                                 Action::complete_step, Action::send_back, Action::recall}));
  EXPECT_EQ(available_actions(in(draft), Role::citizen), (std::vector<Action>{Action::submit}));
  EXPECT_EQ(available_actions(in(draft), Role::reception), (std::vector<Action>{Action::intake}));
  EXPECT_TRUE(available_actions(in(returned), Role::reception).empty());
  EXPECT_TRUE(available_actions(in(processing), Role::admin).empty());

  auto apologized = apply(in(processing), Action::apologize, processing);
  const auto after = available_actions(apologized, Role::leader);
  EXPECT_EQ(std::find(after.begin(), after.end(), Action::apologize), after.end());
}

}  // namespace
}  // namespace motcua::core
