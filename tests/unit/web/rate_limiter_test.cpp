#include "web/rate_limiter.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace motcua::web {
namespace {

using std::chrono::seconds;
const auto kStart = RateLimiter::Clock::time_point{} + std::chrono::hours(1);

TEST(RateLimiter, LetsTheLimitThroughThenRefusesWithTheWait) {
  RateLimiter limiter(10);
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(limiter.take("a", kStart).allowed) << i;
  const auto refused = limiter.take("a", kStart);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after, seconds(6));  // one request per 6 s at 10 a minute
  EXPECT_TRUE(limiter.take("b", kStart).allowed) << "each key has its own budget";
  EXPECT_FALSE(limiter.take("a", kStart + seconds(5)).allowed);
  EXPECT_TRUE(limiter.take("a", kStart + seconds(6)).allowed);
}

TEST(RateLimiter, RefillsToTheLimitAndNoMore) {
  RateLimiter limiter(3);
  for (int i = 0; i < 3; ++i) limiter.take("a", kStart);
  const auto later = kStart + std::chrono::hours(1);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.take("a", later).allowed);
  EXPECT_FALSE(limiter.take("a", later).allowed);
}

TEST(RateLimiter, ZeroMeansNoLimit) {
  RateLimiter limiter(0);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.take("a", kStart).allowed);
}

TEST(RateLimiter, MemoryStaysBoundedUnderManyKeys) {
  RateLimiter limiter(5, 100);
  for (int i = 0; i < 10'000; ++i) limiter.take("10.0." + std::to_string(i), kStart);
  EXPECT_LE(limiter.keys(), 100U);
}

TEST(RateLimiter, ForgetsRefilledKeysBeforeBusyOnes) {
  RateLimiter limiter(2, 2);
  limiter.take("busy", kStart + seconds(59));
  limiter.take("busy", kStart + seconds(59));
  limiter.take("idle", kStart);
  limiter.take("new", kStart + seconds(60));  // "idle" is full again by now; "busy" is not
  EXPECT_FALSE(limiter.take("busy", kStart + seconds(60)).allowed);
}

TEST(RateLimiter, CountsExactlyUnderConcurrency) {
  RateLimiter limiter(1000);
  std::atomic<int> allowed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i) allowed += limiter.take("a", kStart).allowed ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(allowed.load(), 1000);
}

}  // namespace
}  // namespace motcua::web
