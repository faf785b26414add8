#pragma once
// Requests per key (a client address) and minute, as a token bucket refilled continuously: a
// burst up to the limit passes, then one request per 60/limit seconds. Memory is bounded: past
// `max_keys` the keys whose buckets are full again are forgotten, then the least recently seen.
// The counts live in this process: with several server processes each limits on its own.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace motcua::web {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  struct Decision {
    bool allowed = true;
    std::chrono::seconds retry_after{0};  // when refused: until the next request would pass
  };

  // `per_minute` <= 0 lets everything through.
  explicit RateLimiter(int per_minute, std::size_t max_keys = 100'000);

  Decision take(const std::string& key, Clock::time_point now = Clock::now());
  std::size_t keys() const;

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point seen;
  };

  double refilled(const Bucket& bucket, Clock::time_point now) const;
  void evict(Clock::time_point now);

  const double capacity_;
  const double per_second_;
  const std::size_t max_keys_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace motcua::web
