// What the process keeps of rarely changed catalogs. The versioned settings: the version in force
// at an instant, reloaded once it is old, forgotten on a local write, never kept when loaded across
// one, and a table too large to keep asked row by row. Rows kept by key: the same rules, and a
// bound on their number.
#include "store/sql/settings_cache.hpp"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "store/sql/keyed_cache.hpp"

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

TEST_F(SettingsCacheTest, ACopyLoadedByAReaderThatBeganBeforeAForgetIsNotKept) {
  const auto began = cache_.generation();
  const auto before = table_;
  table_[0].json = "committed here";
  cache_.forget();
  const auto old_snapshot = cache_.value(
      "limit", at(150), [&](std::size_t) { return std::optional(before); },
      [] { return std::nullopt; }, began);
  EXPECT_EQ(old_snapshot, "1");
  EXPECT_EQ(value("limit", at(150)), "committed here");
}

TEST_F(SettingsCacheTest, ATableTooLargeToKeepIsAskedRowByRow) {
  table_.push_back({"b", at(0), "x"});
  table_.push_back({"c", at(0), "y"});
  EXPECT_EQ(value("limit", at(150)), "asked");
  EXPECT_EQ(value("b", at(150)), "asked");
  EXPECT_EQ(loads_, 1) << "the finding that it is too large is kept as long as a copy";
  EXPECT_EQ(asks_, 2);
}

class KeyedCacheTest : public ::testing::Test {
 protected:
  KeyedCache<std::optional<std::string>>::Clock::time_point now_{};
  std::map<std::string, std::string> table_{{"a", "1"}, {"b", "2"}, {"c", "3"}};
  int loads_ = 0;
  KeyedCache<std::optional<std::string>> cache_{1000ms, 2, [this] { return now_; }};

  std::optional<std::string> get(const std::string& key) {
    return cache_.get(key, [&]() -> std::optional<std::string> {
      ++loads_;
      const auto found = table_.find(key);
      if (found == table_.end()) return std::nullopt;
      return found->second;
    });
  }
};

TEST_F(KeyedCacheTest, ARowIsKeptForItsMaxAgeAndAMissingOneToo) {
  EXPECT_EQ(get("a"), "1");
  EXPECT_FALSE(get("z"));
  table_["a"] = "changed elsewhere";
  table_["z"] = "added elsewhere";
  now_ += 999ms;
  EXPECT_EQ(get("a"), "1");
  EXPECT_FALSE(get("z"));
  EXPECT_EQ(loads_, 2);
  now_ += 1ms;
  EXPECT_EQ(get("a"), "changed elsewhere");
  EXPECT_EQ(get("z"), "added elsewhere");
}

TEST_F(KeyedCacheTest, ForgottenRowsAreReadAgainAndOneReadAcrossAForgetIsNotKept) {
  EXPECT_EQ(get("a"), "1");
  table_["a"] = "changed here";
  cache_.forget();
  const auto across = cache_.get("a", [&]() -> std::optional<std::string> {
    table_["a"] = "changed again";
    cache_.forget();
    return "changed here";
  });
  EXPECT_EQ(across, "changed here");
  EXPECT_EQ(get("a"), "changed again");
}

// A reader whose snapshot began before a change committed here loads the old row after the store
// forgot: what it loads serves it, and is not kept for the readers that come after.
TEST_F(KeyedCacheTest, ARowLoadedByAReaderThatBeganBeforeAForgetIsNotKept) {
  const auto began = cache_.generation();
  table_["a"] = "changed here";
  cache_.forget();
  const auto old_snapshot = cache_.get(
      "a", [] { return std::optional<std::string>("1"); }, began);
  EXPECT_EQ(old_snapshot, "1");
  EXPECT_EQ(get("a"), "changed here");
}

// While one caller reads an aged row again, the others are given it as it was; a reading that
// fails leaves the row to the next caller.
TEST_F(KeyedCacheTest, AnAgedRowIsReadAgainByOneCallerAtATime) {
  EXPECT_EQ(get("a"), "1");
  table_["a"] = "changed elsewhere";
  now_ += 1000ms;
  std::optional<std::string> meanwhile;
  const auto reread = cache_.get("a", [&]() -> std::optional<std::string> {
    meanwhile = get("a");
    return table_["a"];
  });
  EXPECT_EQ(reread, "changed elsewhere");
  EXPECT_EQ(meanwhile, "1");
  EXPECT_EQ(loads_, 1) << "the caller that came meanwhile did not read it";
  now_ += 1000ms;
  EXPECT_THROW(
      cache_.get("a",
                 []() -> std::optional<std::string> { throw std::runtime_error("database gone"); }),
      std::runtime_error);
  table_["a"] = "changed again";
  EXPECT_EQ(get("a"), "changed again");
  EXPECT_EQ(loads_, 2);
}

TEST_F(KeyedCacheTest, ItHoldsAtMostItsBound) {
  get("a");
  get("b");
  get("c");
  const int before = loads_;
  get("c");
  EXPECT_EQ(loads_, before) << "the last row read is kept";
  get("a");
  get("b");
  EXPECT_GT(loads_, before + 1) << "rows beyond the bound were dropped";
}

}  // namespace
}  // namespace motcua::store::sql
