#include "core/event_chain.hpp"

#include <algorithm>

#include "core/handling_rules.hpp"
#include "core/sha256.hpp"

namespace motcua::core {

namespace {

// Bumped if the canonical form ever changes, so old and new hashes can never collide.
constexpr std::string_view kCanonicalVersion = "motcua-event-v1";

// "<byte length>:<bytes>;": a length prefix makes the concatenation unambiguous, so moving text
// from one field into its neighbour changes the hash.
void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

std::string canonical_form(const DossierEvent& event) {
  std::string out;
  append_field(out, kCanonicalVersion);
  append_field(out, std::to_string(event.seq));
  append_field(out, format_iso(event.at));
  append_field(out, event.actor);
  append_field(out, event.action);
  append_field(out, std::to_string(status_code(event.from)));
  append_field(out, std::to_string(status_code(event.to)));
  append_field(out, event.comment);
  append_field(out, event.payload);
  append_field(out, event.prev_hash);
  return out;
}

// The first event opens the log: "create" for a draft, "intake" for a counter or postal dossier.
std::optional<LifecycleState> replay_first(const DossierEvent& event) {
  const LifecycleState draft;
  if (event.action == "create") {
    if (event.from != Status::draft || event.to != Status::draft) return std::nullopt;
    return draft;
  }
  if (event.action == action_name(Action::intake) && event.from == Status::draft &&
      event.to == Status::received) {
    return apply(draft, Action::intake, Status::received);
  }
  return std::nullopt;
}

// The lifecycle's rules without the role check: events record the actor's name, not the role they
// acted in, and the role was checked when the event was written. So `decide` is asked on behalf of
// a role the row allows. Likewise the "once" rules: they are the handling rules in force when the
// event was written (core/handling_rules), checked then; the replay accepts any repeat.
std::optional<LifecycleState> replay_step(const LifecycleState& state, const DossierEvent& event) {
  const auto action = parse_action(event.action);
  if (!action || event.from != state.status) return std::nullopt;
  const auto& table = transition_table();
  const auto row = std::find_if(table.begin(), table.end(), [&](const Transition& t) {
    return t.action == *action && t.from == state.status;
  });
  if (row == table.end() || row->roles.empty()) return std::nullopt;
  static const HandlingRules any_repeat{.supplement_once = false, .apology_once = false};
  const auto decision = decide(under_rules(state, any_repeat), *action, row->roles.front());
  if (!decision.to) return std::nullopt;
  // The last workflow step's completion resolves the dossier (workflow.hpp status_after_steps).
  const bool last_step = *action == Action::complete_step && event.to == Status::resolved;
  if (*decision.to != event.to && !last_step) return std::nullopt;
  return apply(state, *action, event.to);
}

}  // namespace

std::string compute_event_hash(const DossierEvent& event) {
  return sha256_hex(canonical_form(event));
}

void seal_event(DossierEvent& event, const DossierEvent* previous) {
  event.prev_hash = previous != nullptr ? previous->hash : std::string(kGenesisHash);
  event.hash = compute_event_hash(event);
}

std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events) {
  std::string_view expected_prev = kGenesisHash;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const DossierEvent& event = events[i];
    const auto expected_seq = static_cast<long long>(i) + 1;
    if (event.seq != expected_seq) {
      return ChainBreak{event.seq, "sequence: expected " + std::to_string(expected_seq)};
    }
    if (event.prev_hash != expected_prev) return ChainBreak{event.seq, "prev_hash mismatch"};
    if (event.hash != compute_event_hash(event)) return ChainBreak{event.seq, "hash mismatch"};
    expected_prev = event.hash;
  }
  return std::nullopt;
}

std::optional<LifecycleState> replay(const std::vector<DossierEvent>& events) {
  // An empty log has no opening event, so no state can be derived from it.
  if (events.empty()) return std::nullopt;
  auto state = replay_first(events.front());
  for (std::size_t i = 1; state && i < events.size(); ++i) {
    state = replay_step(*state, events[i]);
  }
  return state;
}

}  // namespace motcua::core
