#include "app/login_lockout.hpp"

#include <gtest/gtest.h>

namespace motcua::app {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

const core::Instant kStart{seconds(1'800'000'000)};

// Fails `times` times in a row, each one as soon as the previous lock (if any) has run out.
std::optional<LoginFailures> fail(std::optional<LoginFailures> record, int times,
                                  core::Instant& now, const Policy& policy = {}) {
  for (int i = 0; i < times; ++i) {
    if (const auto until = login_locked_until(record, now)) now = *until;
    record = after_login_failure(record, "quantri", "198.51.100.7", now, policy);
    now += seconds(1);
  }
  return record;
}

TEST(LoginLockout, FourFailuresLockNothingAndTheFifthLocksForTheLockoutTime) {
  auto now = kStart;
  auto record = fail(std::nullopt, 4, now);
  EXPECT_EQ(record->count, 4);
  EXPECT_FALSE(login_locked_until(record, now));
  record = fail(record, 1, now);
  const auto failed_at = now - seconds(1);
  ASSERT_TRUE(login_locked_until(record, now));
  EXPECT_EQ(*login_locked_until(record, now), failed_at + minutes(15));
  EXPECT_FALSE(login_locked_until(record, failed_at + minutes(15)));
}

TEST(LoginLockout, EachFailureAfterALockoutLocksTwiceAsLongUpToTheLongest) {
  auto now = kStart;
  auto record = fail(std::nullopt, 5, now);
  const std::vector<minutes> expected{minutes(30), minutes(60), minutes(120)};
  for (const auto lock : expected) {
    record = fail(record, 1, now);
    const auto failed_at = now - seconds(1);
    EXPECT_EQ(*record->locked_until, failed_at + lock) << record->count;
  }
  record = fail(record, 20, now);
  EXPECT_EQ(*record->locked_until, now - seconds(1) + std::chrono::hours(24));
}

TEST(LoginLockout, RecordBelongsToOneNameAndAddress) {
  const auto record = after_login_failure(std::nullopt, "quantri", "198.51.100.7", kStart, {});
  EXPECT_EQ(record.username, "quantri");
  EXPECT_EQ(record.address, "198.51.100.7");
  EXPECT_EQ(record.count, 1);
  EXPECT_EQ(record.last_failed_at, kStart);
  EXPECT_FALSE(login_locked_until(std::nullopt, kStart));
}

TEST(LoginLockout, KeysAreStoredNamesOrOneSharedKeyForImpossibleNames) {
  EXPECT_EQ(login_key("QuanTri"), "quantri");
  EXPECT_EQ(login_key("khong_co_ai"), "khong_co_ai");
  EXPECT_EQ(login_key(std::string(5000, 'a')), "");
  EXPECT_EQ(login_key("tên có dấu"), "");
}

}  // namespace
}  // namespace motcua::app
