#pragma once
// The delivery worker's pass: claim the due messages, send each, record the attempt and its answer
// in the message log, and schedule the next try of a failure. Several processes may run passes at
// once: a claimed message is leased, and its receiver deduplicates by key should a process die
// between sending and recording.
#include <chrono>
#include <functional>
#include <utility>
#include <vector>

#include "app/services.hpp"
#include "app/system_breakers.hpp"

namespace motcua::app {

class OutboxDelivery {
 public:
  // `jitter` draws from [0, 1] for the retry schedule; `breakers` (may be null) hold back the
  // messages of a system that stopped answering.
  OutboxDelivery(Services& services, std::function<double()> jitter,
                 SystemBreakers* breakers = nullptr)
      : services_(services), jitter_(std::move(jitter)), breakers_(breakers) {}

  // Sends up to the policy's batch of due messages, leased for the policy's lease; returns how
  // many were tried (held ones not counted).
  int run_once();

 private:
  void record(OutboxMessage message, const SendOutcome& outcome);
  // Each held message with the end of its claim.
  void hold(const std::vector<std::pair<OutboxMessage, Millis>>& held);

  Services& services_;
  std::function<double()> jitter_;
  SystemBreakers* breakers_;
};

// How many messages a pass may claim so that their sends, each up to `longest_send`, end within
// the lease (1 to 16). Throws std::invalid_argument when not even one send fits.
int batch_within_lease(std::chrono::milliseconds lease, std::chrono::milliseconds longest_send);

// What an acknowledged message changes here: the waybill of a postal order, a refund made.
void apply_answer(Transaction& tx, const OutboxMessage& message, core::Instant at);

}  // namespace motcua::app
