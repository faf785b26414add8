#include "core/circuit_breaker.hpp"

namespace motcua::core {

BreakerState after_attempt(const BreakerPolicy& policy, BreakerState state, bool reached,
                           long long now_ms) {
  if (reached) return {};
  ++state.consecutive_failures;
  if (state.consecutive_failures >= policy.failures_to_open)
    state.open_until_ms = now_ms + policy.open_for.count();
  return state;
}

}  // namespace motcua::core
