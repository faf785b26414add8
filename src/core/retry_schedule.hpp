#pragma once
// When a failed delivery is tried again: exponential backoff with jitter, so that many messages
// failing together (a system that was down) do not all come back at the same instant.
#include <chrono>

namespace motcua::core {

struct RetryPolicy {
  std::chrono::milliseconds first{1000};  // the wait after the first failure, before jitter
  std::chrono::milliseconds longest{std::chrono::minutes(10)};
  int attempts_before_parking = 60;  // then an administrator decides (retry or leave parked)
};

// The wait after `failures` failed attempts (1 after the first): the doubled delay, capped, of
// which half is fixed and half spread by `jitter` in [0, 1].
std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int failures, double jitter);

// Whether a message that failed `failures` times is parked rather than tried again.
bool parks_after(const RetryPolicy& policy, int failures);

}  // namespace motcua::core
