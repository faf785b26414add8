#include <gtest/gtest.h>

#include <stdexcept>

#include "app/outbox_delivery.hpp"

namespace motcua::app {
namespace {

using std::chrono::milliseconds;

TEST(OutboxLease, TheBatchShrinksSoThatItsSendsEndWithinTheLease) {
  EXPECT_EQ(batch_within_lease(milliseconds(120000), milliseconds(10000)), 11);
  EXPECT_EQ(batch_within_lease(milliseconds(15000), milliseconds(10000)), 1);
  EXPECT_EQ(batch_within_lease(milliseconds(600000), milliseconds(1000)), 16);
}

TEST(OutboxLease, ALeaseNoLongerThanOneSendIsRefused) {
  EXPECT_THROW((void)batch_within_lease(milliseconds(10000), milliseconds(10000)),
               std::invalid_argument);
  EXPECT_THROW((void)batch_within_lease(milliseconds(500), milliseconds(10000)),
               std::invalid_argument);
}

}  // namespace
}  // namespace motcua::app
