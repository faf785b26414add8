#pragma once
// The delivery worker's pass: claim the due messages, send each, record the attempt and its answer
// in the message log, and schedule the next try of a failure. Several processes may run passes at
// once: a claimed message is leased, and its receiver deduplicates by key should a process die
// between sending and recording.
#include <chrono>
#include <functional>

#include "app/services.hpp"

namespace motcua::app {

class OutboxDelivery {
 public:
  // `jitter` draws from [0, 1] for the retry schedule.
  OutboxDelivery(Services& services, std::function<double()> jitter)
      : services_(services), jitter_(std::move(jitter)) {}

  // Sends up to `batch` due messages; returns how many were tried.
  int run_once(int batch = 16);

  // How long a claimed message stays out of other passes' reach: beyond any send's timeout.
  static constexpr std::chrono::milliseconds kLease{std::chrono::minutes(2)};

 private:
  void record(OutboxMessage message, const SendOutcome& outcome);

  Services& services_;
  std::function<double()> jitter_;
};

// What an acknowledged message changes here: the waybill of a postal order, a refund made.
void apply_answer(Transaction& tx, const OutboxMessage& message, core::Instant at);

}  // namespace motcua::app
