#pragma once
// Writing to the outbox and to the chained message log, inside the caller's transaction.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/services.hpp"

namespace motcua::app {

// The systems a province may connect, in the order pages list them.
const std::vector<std::string>& national_systems();

struct OutgoingMessage {
  std::string system;
  std::string kind;
  std::string key;
  std::string stream;
  std::optional<long long> dossier_id;
  nlohmann::json body;
};

// Queues the message when the province is connected to its system; false when it is not, or when
// a message with the same key was already queued.
bool enqueue(const Services& services, Transaction& tx, const OutgoingMessage& message);

// Appends the entry to the message log, sealed with the hash of the one before it.
void append_log(Transaction& tx, IntegrationLogEntry entry);

// The hash an entry must carry after `prev_hash`: any change to a logged field breaks the chain.
std::string log_entry_hash(const IntegrationLogEntry& entry, const std::string& prev_hash);

struct LogCheck {
  long long entries = 0;
  std::optional<long long> first_broken_id;  // the first entry whose hash does not follow
  long long seals = 0;
  std::optional<long long> first_bad_seal_id;  // a seal that does not sign the head before it
  std::optional<Millis> last_sealed_ms;
};
// Walks the whole chain from the start; checks the seals too when a sealer is given.
LogCheck check_log_chain(Transaction& tx, const LogSealer* sealer);

// The system that seals the log: its entries sign the chain's head.
inline constexpr const char* kLogSealSystem = "motcua";
// Signs the chain's head into a seal entry unless nothing was logged since the last seal;
// returns whether it sealed.
bool seal_log(const Services& services);

}  // namespace motcua::app
