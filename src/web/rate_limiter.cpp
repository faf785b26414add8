#include "web/rate_limiter.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace motcua::web {

RateLimiter::RateLimiter(int per_minute, std::size_t max_keys)
    : capacity_(per_minute),
      per_second_(per_minute / 60.0),
      max_keys_(std::max<std::size_t>(max_keys, 1)) {}

double RateLimiter::refilled(const Bucket& bucket, Clock::time_point now) const {
  const std::chrono::duration<double> elapsed = now - bucket.seen;
  return std::min(capacity_, bucket.tokens + std::max(0.0, elapsed.count()) * per_second_);
}

RateLimiter::Decision RateLimiter::take(const std::string& key, Clock::time_point now) {
  if (capacity_ <= 0) return {};
  std::lock_guard lock(mutex_);
  auto found = buckets_.find(key);
  if (found == buckets_.end()) {
    if (buckets_.size() >= max_keys_) evict(now);
    found = buckets_.emplace(key, Bucket{capacity_, now}).first;
  }
  auto& bucket = found->second;
  bucket.tokens = refilled(bucket, now);
  bucket.seen = std::max(bucket.seen, now);
  if (bucket.tokens >= 1 - 1e-9) {  // refills add up in floating point
    bucket.tokens -= 1;
    return {};
  }
  const auto wait = std::ceil((1 - bucket.tokens) / per_second_);
  return {false, std::chrono::seconds(std::max(1LL, static_cast<long long>(wait)))};
}

std::size_t RateLimiter::keys() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

// A full bucket is the same as no bucket, so those go first; if every key is still busy, the
// older half goes, which keeps eviction rare (amortised) under a flood of new addresses.
void RateLimiter::evict(Clock::time_point now) {
  std::erase_if(buckets_,
                [&](const auto& entry) { return refilled(entry.second, now) >= capacity_; });
  if (buckets_.size() < max_keys_) return;
  std::vector<Clock::time_point> seen;
  seen.reserve(buckets_.size());
  for (const auto& [key, bucket] : buckets_) seen.push_back(bucket.seen);
  auto middle = seen.begin() + static_cast<std::ptrdiff_t>(seen.size() / 2);
  std::nth_element(seen.begin(), middle, seen.end());
  const auto cutoff = *middle;
  std::erase_if(buckets_, [&](const auto& entry) { return entry.second.seen <= cutoff; });
}

}  // namespace motcua::web
