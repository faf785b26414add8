#include "core/circuit_breaker.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

const BreakerPolicy kPolicy{3, std::chrono::milliseconds(1000)};

BreakerState fail(BreakerState state, int times, long long at) {
  for (int i = 0; i < times; ++i) state = after_attempt(kPolicy, state, false, at);
  return state;
}

TEST(CircuitBreaker, OpensAfterFailuresInARowOnly) {
  auto state = fail({}, 2, 0);
  EXPECT_FALSE(breaker_open(state, 0));
  state = after_attempt(kPolicy, state, true, 0);
  EXPECT_FALSE(breaker_open(fail(state, 2, 0), 0)) << "a success starts the count again";
  state = fail(state, 3, 100);
  EXPECT_TRUE(breaker_open(state, 100));
  EXPECT_TRUE(breaker_open(state, 1099));
  EXPECT_FALSE(breaker_open(state, 1100)) << "then one message tries again";
}

TEST(CircuitBreaker, TheTrialDecides) {
  const auto open = fail({}, 3, 0);
  const auto failed_trial = after_attempt(kPolicy, open, false, 1100);
  EXPECT_TRUE(breaker_open(failed_trial, 1100));
  EXPECT_FALSE(breaker_open(failed_trial, 2100));
  const auto good_trial = after_attempt(kPolicy, open, true, 1100);
  EXPECT_FALSE(breaker_open(good_trial, 1100));
  EXPECT_EQ(good_trial.consecutive_failures, 0);
}

}  // namespace
}  // namespace motcua::core
