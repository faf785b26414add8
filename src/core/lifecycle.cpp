#include "core/lifecycle.hpp"

#include <algorithm>

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

constexpr detail::NameTable<Action, 17> kActionNames{{
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
}};

std::vector<Transition> build_table() {
  using enum Status;
  const std::vector<Role> applicant{Role::citizen, Role::business};
  const std::vector<Role> desk{Role::reception};
  const std::vector<Role> processors{Role::specialist, Role::leader};
  std::vector<Transition> table{
      {Action::submit, draft, submitted, Side::owner, applicant},
      // A counter or postal dossier is accepted on the spot (Mẫu 01): it never shows status 1.
      {Action::intake, draft, received, Side::reception, desk},
      {Action::receive, submitted, received, Side::reception, desk},
      {Action::refuse, submitted, refused, Side::reception, desk},  // Mẫu 03
      // Mẫu 02 at the desk, or during appraisal (Decree 61/2018 Art 18).
      {Action::request_supplement, submitted, supplement_requested, Side::reception, desk},
      {Action::request_supplement, received, supplement_requested, Side::processing, processors},
      {Action::request_supplement, processing, supplement_requested, Side::processing, processors},
      // `to` is a placeholder: the answer returns to the status the request was made from.
      {Action::answer_supplement, supplement_requested, processing, Side::owner, applicant},
      {Action::forward, received, processing, Side::reception, desk},
      // Hand-offs between steps keep the status (requirements §2.2, Mẫu 05 updated).
      {Action::forward, processing, processing, Side::processing, processors},
      {Action::request_payment, processing, payment_requested, Side::processing, processors},
      {Action::record_payment,
       payment_requested,
       processing,
       Side::processing,
       {Role::specialist, Role::leader, Role::reception}},
  };
  for (Status from : {submitted, received, processing, supplement_requested, payment_requested}) {
    table.push_back({Action::withdraw, from, withdrawn, Side::owner, applicant});
  }
  for (Status from : {processing, supplement_requested, payment_requested}) {
    table.push_back({Action::stop, from, stopped, Side::processing, processors});
  }
  // Only the head of the competent agency signs the result.
  table.push_back({Action::approve, processing, resolved, Side::processing, {Role::leader}});
  table.push_back({Action::return_result, resolved, returned, Side::reception, desk});
  // Mẫu 04, issued while the dossier is still open; Decree 61/2018 Art 18 allows it only once.
  for (Status from : {processing, supplement_requested, payment_requested}) {
    table.push_back({Action::apologize, from, from, Side::processing, processors});
  }
  // Workflow steps: `to` of complete-step is 4 until the last step is done (workflow.hpp).
  const std::vector<Role> officials{Role::reception, Role::specialist, Role::leader};
  for (Status from : {received, processing})
    table.push_back({Action::complete_step, from, processing, Side::step, officials});
  table.push_back({Action::send_back, processing, processing, Side::step, officials});
  table.push_back({Action::recall, processing, processing, Side::step, officials});
  return table;
}

const Transition* find_transition(Action action, Status from) {
  const auto& table = transition_table();
  const auto it = std::find_if(table.begin(), table.end(), [&](const Transition& t) {
    return t.action == action && t.from == from;
  });
  return it == table.end() ? nullptr : &*it;
}

bool role_listed(const Transition& transition, Role role) {
  return std::find(transition.roles.begin(), transition.roles.end(), role) !=
         transition.roles.end();
}

Status target_of(const Transition& transition, const LifecycleState& state) {
  if (transition.action == Action::answer_supplement) {
    return state.resume_status.value_or(transition.to);
  }
  return transition.to;
}

}  // namespace

std::string_view action_name(Action action) { return detail::name_of(kActionNames, action); }

std::optional<Action> parse_action(std::string_view name) {
  return detail::parse_name(kActionNames, name);
}

const std::vector<Transition>& transition_table() {
  static const std::vector<Transition> table = build_table();
  return table;
}

TransitionResult decide(const LifecycleState& state, Action action, Role role) {
  TransitionResult result;
  const Transition* transition = find_transition(action, state.status);
  // The status is checked first: an action the status forbids is a conflict (409) for anyone.
  if (transition == nullptr) {
    result.error = TransitionError::not_allowed_from_status;
    return result;
  }
  result.side = transition->side;
  if (!role_listed(*transition, role)) {
    result.error = TransitionError::role_not_allowed;
  } else if (action == Action::apologize && state.apologized) {
    result.error = TransitionError::already_apologized;
  } else if (action == Action::request_supplement && state.supplemented &&
             state.status != Status::submitted) {
    result.error = TransitionError::already_supplemented;
  } else {
    result.to = target_of(*transition, state);
  }
  return result;
}

LifecycleState apply(const LifecycleState& state, Action action, Status to) {
  LifecycleState next = state;
  next.status = to;
  if (to == Status::supplement_requested) {
    // Remember where the dossier stood so the answer can return it there (1 at the desk, else 4).
    if (state.status != Status::supplement_requested) next.resume_status = state.status;
  } else {
    next.resume_status.reset();
  }
  if (action == Action::apologize) next.apologized = true;
  if (action == Action::request_supplement && state.status != Status::submitted)
    next.supplemented = true;
  return next;
}

std::vector<Action> available_actions(const LifecycleState& state, Role role) {
  std::vector<Action> actions;
  for (const auto& transition : transition_table()) {
    if (transition.from != state.status) continue;
    if (std::find(actions.begin(), actions.end(), transition.action) != actions.end()) continue;
    if (decide(state, transition.action, role).to) actions.push_back(transition.action);
  }
  return actions;
}

}  // namespace motcua::core
