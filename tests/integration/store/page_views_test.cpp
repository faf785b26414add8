// Access statistics (requirements P22) over a real store, SQLite and PostgreSQL: counts summed per
// local day and page, written in batches, kept when the store refuses them, read by administrators.
#include "app/page_views.hpp"

#include <gtest/gtest.h>

#include "app/errors.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

class SettableClock final : public app::Clock {
 public:
  core::Instant now() const override { return now_; }
  core::Instant now_ = at(1'764'720'000);  // 2025-12-03 07:00 in Viet Nam
};

class NoCrypto final : public app::Crypto {
 public:
  std::string hash_password(std::string_view) const override { return ""; }
  bool verify_password(std::string_view, const std::string&) const override { return false; }
  std::string random_token() const override { return "t"; }
};

class NoFiles final : public app::FileStore {
 public:
  std::string put(std::string_view) override { return ""; }
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
};

class PageViewsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    services_ = std::make_unique<app::Services>(
        app::Services{*store_, files_, clock_, crypto_, {}, nullptr, nullptr});
    admin_.user = sample_user("quantri", {core::Role::admin});
    citizen_.user = sample_user("congdan");
  }
  app::PageViews views(int flush_seconds = 30) {
    return app::PageViews(*services_, std::chrono::seconds(flush_seconds));
  }
  std::vector<app::PageViewCount> stored(const std::string& from, const std::string& to) {
    return read([&](app::Transaction& tx) { return tx.list_page_views(from, to); });
  }

  SettableClock clock_;
  NoCrypto crypto_;
  NoFiles files_;
  std::unique_ptr<app::Services> services_;
  app::Principal admin_;
  app::Principal citizen_;
};

TEST_F(PageViewsTest, TheStoreAddsCountsToTheDaysTotal) {
  write([&](app::Transaction& tx) {
    tx.add_page_views({{"2025-12-03", "/", 3}, {"2025-12-03", "/thu-tuc", 1}});
  });
  write([&](app::Transaction& tx) {
    tx.add_page_views({{"2025-12-03", "/", 2}, {"2025-12-04", "/", 7}});
  });
  const std::vector<app::PageViewCount> both{
      {"2025-12-03", "/", 5}, {"2025-12-03", "/thu-tuc", 1}, {"2025-12-04", "/", 7}};
  EXPECT_EQ(stored("2025-12-01", "2025-12-31"), both);
  const std::vector<app::PageViewCount> first{{"2025-12-03", "/", 5},
                                              {"2025-12-03", "/thu-tuc", 1}};
  EXPECT_EQ(stored("2025-12-03", "2025-12-03"), first);
  EXPECT_TRUE(stored("2025-12-05", "2025-12-31").empty());
}

TEST_F(PageViewsTest, ViewsWaitInMemoryUntilTheIntervalPasses) {
  auto counter = views(30);
  EXPECT_FALSE(counter.record("/"));
  EXPECT_FALSE(counter.record("/"));
  EXPECT_TRUE(stored("2025-12-03", "2025-12-03").empty()) << "no write per view";
  clock_.now_ += std::chrono::seconds(30);
  EXPECT_TRUE(counter.record("/gioi-thieu")) << "the interval has passed: time to flush";
  EXPECT_TRUE(counter.flush());
  const std::vector<app::PageViewCount> expected{{"2025-12-03", "/", 2},
                                                 {"2025-12-03", "/gioi-thieu", 1}};
  EXPECT_EQ(stored("2025-12-03", "2025-12-03"), expected);
  EXPECT_TRUE(counter.flush()) << "nothing pending is nothing to write";
  EXPECT_EQ(stored("2025-12-03", "2025-12-03"), expected);
}

TEST_F(PageViewsTest, TheDayIsTheProvincesLocalDate) {
  auto counter = views();
  clock_.now_ = at(1'764'780'000);  // 2025-12-03 23:40 in Viet Nam, 16:40 UTC
  counter.record("/");
  clock_.now_ += std::chrono::minutes(30);  // 00:10 on the 4th in Viet Nam
  counter.record("/");
  ASSERT_TRUE(counter.flush());
  const std::vector<app::PageViewCount> expected{{"2025-12-03", "/", 1}, {"2025-12-04", "/", 1}};
  EXPECT_EQ(stored("2025-12-01", "2025-12-31"), expected);
}

TEST_F(PageViewsTest, ReportsAreForAdministratorsAndIncludeWhatIsPending) {
  auto counter = views();
  counter.record("/tra-cuu");
  EXPECT_THROW(counter.report(citizen_, "2025-12-03", "2025-12-03"), app::AppError);
  const std::vector<app::PageViewCount> expected{{"2025-12-03", "/tra-cuu", 1}};
  EXPECT_EQ(counter.report(admin_, "2025-12-03", "2025-12-03"), expected);
}

TEST_F(PageViewsTest, AMalformedDateIsNamed) {
  auto counter = views();
  try {
    counter.report(admin_, "2025-12-03", "3/12/2025");
    FAIL() << "expected a validation error";
  } catch (const app::AppError& error) {
    EXPECT_EQ(error.kind(), app::ErrorKind::invalid_input);
    EXPECT_EQ(error.fields().count("to"), 1u);
    EXPECT_EQ(error.fields().count("from"), 0u);
  }
}

}  // namespace
}  // namespace motcua::store::testing
