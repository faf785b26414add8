#pragma once
// The dossier lifecycle of requirements §2.2: which action moves a dossier from which status to
// which, who may take it, and on which side of the one-stop shop it happens.
#include <optional>
#include <string_view>
#include <vector>

#include "core/role.hpp"
#include "core/status.hpp"

namespace motcua::core {

enum class Action {
  submit,              // 0 → 1, online by the owner
  intake,              // (none) → 2, a counter or postal dossier received directly
  receive,             // 1 → 2
  refuse,              // 1 → 3, Mẫu 03
  request_supplement,  // 1/2/4 → 5, Mẫu 02
  answer_supplement,   // 5 → the status it was requested from (1 at reception, else 4)
  forward,             // 2/4 → 4
  request_payment,     // 4 → 6
  record_payment,      // 6 → 4
  withdraw,            // 1/2/4/5/6 → 7, by the owner
  stop,                // 4/5/6 → 8, by the competent unit with a written reason
  approve,             // 4 → 9
  return_result,       // 9 → 10
  apologize,           // 4/5/6 → same status, new due date, once only (Mẫu 04)
  // Steps of the dossier's workflow (core/workflow.hpp), by the unit holding the step:
  complete_step,  // 2/4 → 4, or 9 once every step is done
  send_back,      // 4 → 4: the active step returns to the steps it waited for
  recall,         // 4 → 4: the unit that finished a step takes it back
};

// Which unit's staff act: the receiving desk, the competent unit, the dossier's owner, or the unit
// holding the workflow step the action moves (which may be another agency: liên thông).
enum class Side { owner, reception, processing, step };

struct Transition {
  Action action;
  Status from;
  Status to;  // for answer_supplement: the status before the request, resolved at run time
  Side side;
  std::vector<Role> roles;
};

std::string_view action_name(Action action);  // "request-supplement", as in the API path
std::optional<Action> parse_action(std::string_view name);

const std::vector<Transition>& transition_table();

// What a dossier needs besides its status to decide a transition.
struct LifecycleState {
  Status status = Status::draft;
  std::optional<Status> resume_status;  // set while in status 5
  bool apologized = false;
  // API.md: once received, a dossier may be sent back for more papers once only (a request at
  // the desk, before reception, does not count).
  bool supplemented = false;
};

enum class TransitionError {
  not_allowed_from_status,
  role_not_allowed,
  already_apologized,
  already_supplemented,
};

struct TransitionResult {
  std::optional<Status> to;
  std::optional<TransitionError> error;
  Side side = Side::owner;
};

// Decides whether `role` may take `action` from `state`, and where it leads.
TransitionResult decide(const LifecycleState& state, Action action, Role role);

// The new state after a transition that `decide` allowed.
LifecycleState apply(const LifecycleState& state, Action action, Status to);

// Actions that `role` could take now, in table order (for pages that offer buttons).
std::vector<Action> available_actions(const LifecycleState& state, Role role);

}  // namespace motcua::core
