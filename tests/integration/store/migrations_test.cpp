#include <atomic>
#include <thread>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using MigrationsTest = StoreTest;

TEST_F(MigrationsTest, SecondRunAppliesNothing) {
  EXPECT_GT(first_migration_count_, 0);
  EXPECT_EQ(store_->migrate(), 0);
  // Another process opening the same database finds it up to date.
  EXPECT_EQ(db_->open()->migrate(), 0);
}

TEST_F(MigrationsTest, KindNamesTheStore) {
  EXPECT_EQ(store_->kind(), db_->is_postgresql() ? "postgresql" : "sqlite");
}

TEST(MigrationsConcurrency, TwoProcessesMigratingAtOnceApplyEachMigrationOnce) {
  TestDatabase db;
  auto first = db.open();
  auto second = db.open();
  std::atomic<int> applied{0};
  std::atomic<int> failures{0};
  auto migrate = [&](app::Store& store) {
    try {
      applied += store.migrate();
    } catch (const std::exception& e) {
      ++failures;
      ADD_FAILURE() << e.what();
    }
  };
  std::thread a([&] { migrate(*first); });
  std::thread b([&] { migrate(*second); });
  a.join();
  b.join();
  EXPECT_EQ(failures, 0);
  TestDatabase reference;
  EXPECT_EQ(applied, reference.open()->migrate());  // each migration ran exactly once
  EXPECT_EQ(db.open()->migrate(), 0);
  // The schema works afterwards.
  long long id = 0;
  first->write([&](app::Transaction& tx) { id = tx.upsert_unit(sample_unit("H29", "Hà Nội")); });
  EXPECT_GT(id, 0);
}

}  // namespace
}  // namespace motcua::store::testing
