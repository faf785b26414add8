// The process's copy of the versioned settings: the version in force at an instant, reloaded once
// it is old, forgotten on a local write, never kept when loaded across one, and a table too large
// to keep asked row by row.
#include "store/sql/settings_cache.hpp"

#include <gtest/gtest.h>

namespace motcua::store::sql {
namespace {

using namespace std::chrono_literals;

core::Instant at(long long seconds) { return core::Instant(std::chrono::seconds(seconds)); }

class SettingsCacheTest : public ::testing::Test {
 protected:
  SettingsCache::Clock::time_point now_{};
  std::vector<SettingRow> table_{{"limit", at(100), "1"}, {"limit", at(200), "2"}};
  int loads_ = 0;
  int asks_ = 0;
  SettingsCache cache_{1000ms, 3, [this] { return now_; }};

  std::optional<std::string> value(const std::string& key, core::Instant when) {
    return cache_.value(
        key, when,
        [this](std::size_t limit) -> std::optional<std::vector<SettingRow>> {
          ++loads_;
          if (table_.size() > limit) return std::nullopt;
          return table_;
        },
        [this] {
          ++asks_;
          return std::optional<std::string>("asked");
        });
  }
};

TEST_F(SettingsCacheTest, TheVersionInForceAtAnInstantFromOneLoad) {
  EXPECT_FALSE(value("limit", at(99)));
  EXPECT_EQ(value("limit", at(100)), "1");
  EXPECT_EQ(value("limit", at(199)), "1");
  EXPECT_EQ(value("limit", at(5000)), "2");
  EXPECT_FALSE(value("missing", at(5000)));
  EXPECT_EQ(loads_, 1);
  EXPECT_EQ(asks_, 0);
}

TEST_F(SettingsCacheTest, AnOldCopyIsLoadedAgain) {
  EXPECT_EQ(value("limit", at(150)), "1");
  table_[0].json = "changed elsewhere";
  now_ += 999ms;
  EXPECT_EQ(value("limit", at(150)), "1");
  now_ += 1ms;
  EXPECT_EQ(value("limit", at(150)), "changed elsewhere");
  EXPECT_EQ(loads_, 2);
}

TEST_F(SettingsCacheTest, AForgottenCopyIsLoadedAgainAtOnce) {
  EXPECT_EQ(value("limit", at(150)), "1");
  table_[0].json = "changed here";
  cache_.forget();
  EXPECT_EQ(value("limit", at(150)), "changed here");
}

TEST_F(SettingsCacheTest, ACopyLoadedAcrossAForgetIsUsedOnceNotKept) {
  const auto stale = cache_.value(
      "limit", at(150),
      [this](std::size_t) -> std::optional<std::vector<SettingRow>> {
        auto before = table_;
        table_[0].json = "committed meanwhile";
        cache_.forget();
        return before;
      },
      [] { return std::nullopt; });
  EXPECT_EQ(stale, "1");
  EXPECT_EQ(value("limit", at(150)), "committed meanwhile");
}

TEST_F(SettingsCacheTest, ATableTooLargeToKeepIsAskedRowByRow) {
  table_.push_back({"b", at(0), "x"});
  table_.push_back({"c", at(0), "y"});
  EXPECT_EQ(value("limit", at(150)), "asked");
  EXPECT_EQ(value("b", at(150)), "asked");
  EXPECT_EQ(loads_, 1) << "the finding that it is too large is kept as long as a copy";
  EXPECT_EQ(asks_, 2);
}

}  // namespace
}  // namespace motcua::store::sql
