#pragma once
// The dossier event log is append-only and hash-chained: each event's hash covers its fields and
// the previous event's hash, so any edit or deletion breaks the chain (requirements §8, integrity).
#include <optional>
#include <string>
#include <vector>

#include "core/lifecycle.hpp"
#include "core/status.hpp"
#include "core/time.hpp"

namespace motcua::core {

struct DossierEvent {
  long long seq = 0;  // 1, 2, … per dossier
  Instant at;
  std::string actor;   // username
  std::string action;  // action_name(), or "create"
  Status from = Status::draft;
  Status to = Status::draft;
  std::string comment;
  std::string payload;  // JSON text
  std::string prev_hash;
  std::string hash;
};

inline constexpr const char* kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

std::string compute_event_hash(const DossierEvent& event);

// Fills prev_hash and hash of `event`, the next after `previous` (none for the first).
void seal_event(DossierEvent& event, const DossierEvent* previous);

struct ChainBreak {
  long long seq = 0;
  std::string reason;
};
// The first break in a dossier's chain, if any: wrong sequence, prev_hash or hash.
std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events);

// Replays the log through the lifecycle; nullopt if an event is not a legal transition.
std::optional<LifecycleState> replay(const std::vector<DossierEvent>& events);

}  // namespace motcua::core
