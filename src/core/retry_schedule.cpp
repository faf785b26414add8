#include "core/retry_schedule.hpp"

#include <algorithm>

namespace motcua::core {

std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int failures, double jitter) {
  auto delay = policy.first;
  for (int i = 1; i < failures && delay < policy.longest; ++i) delay *= 2;
  delay = std::min(delay, policy.longest);
  const double spread = std::clamp(jitter, 0.0, 1.0) * static_cast<double>(delay.count()) / 2;
  return delay / 2 + std::chrono::milliseconds(static_cast<long long>(spread));
}

bool parks_after(const RetryPolicy& policy, int failures) {
  return policy.attempts_before_parking > 0 && failures >= policy.attempts_before_parking;
}

}  // namespace motcua::core
