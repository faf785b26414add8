#pragma once
// A national system that does not answer (refused connections, timeouts, 5xx) is left alone for a
// while once it failed several times in a row: its queued messages wait instead of each holding a
// delivery thread for a whole timeout, so one system down never starves the others. After the
// pause one message tries it again; its success closes the breaker, its failure opens it anew.
#include <chrono>

namespace motcua::core {

struct BreakerPolicy {
  int failures_to_open = 5;
  std::chrono::milliseconds open_for{30000};
};

struct BreakerState {
  int consecutive_failures = 0;
  long long open_until_ms = 0;
};

BreakerState after_attempt(const BreakerPolicy& policy, BreakerState state, bool reached,
                           long long now_ms);

inline bool breaker_open(const BreakerState& state, long long now_ms) {
  return now_ms < state.open_until_ms;
}

}  // namespace motcua::core
