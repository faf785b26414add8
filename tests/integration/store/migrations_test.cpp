#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"
#include "store/open_store.hpp"
#include "store/postgres/pg_dialect.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_dialect.hpp"

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

using Columns = std::vector<std::pair<std::string, std::string>>;

Columns columns_of(app::Store& store) {
  auto* sql = dynamic_cast<sql::SqlStore*>(&store);
  if (sql == nullptr) throw std::logic_error("not an SQL store");
  return sql->schema_columns();
}

int migrate_to(app::Store& store, int last) {
  return dynamic_cast<sql::SqlStore&>(store).migrate_to(last);
}

std::vector<int> numbers(const std::vector<sql::Migration>& list) {
  std::vector<int> out;
  for (const auto& migration : list) out.push_back(migration.number);
  return out;
}

// Both dialects number the same migrations 1..N, listed in order, with the same names.
TEST(MigrationLists, BothDialectsNumberTheSameMigrationsInOrder) {
  const auto& lite = sqlite::migrations();
  const auto& pg = postgres::migrations();
  const auto numbered = numbers(lite);
  ASSERT_FALSE(numbered.empty());
  for (std::size_t i = 0; i < numbered.size(); ++i) EXPECT_EQ(numbered[i], int(i) + 1);
  ASSERT_EQ(numbers(pg), numbered);
  for (std::size_t i = 0; i < lite.size(); ++i) EXPECT_EQ(lite[i].name, pg[i].name);
}

// A schema left by any earlier release upgrades to exactly the schema a new install gets.
TEST_F(MigrationsTest, EveryOlderSchemaUpgradesToTheCurrentOne) {
  const auto current = columns_of(*store_);
  ASSERT_GT(current.size(), 50U);
  const auto last = int(sqlite::migrations().size());
  for (int release = 1; release < last; ++release) {
    TestDatabase older;
    auto store = older.open();
    ASSERT_EQ(migrate_to(*store, release), release);
    EXPECT_EQ(store->migrate(), last - release) << "from " << release;
    EXPECT_EQ(columns_of(*store), current) << "upgraded from migration " << release;
  }
}

// A dossier reads its steps only when its row counts some: the count of dossiers routed before
// the count existed is filled in by the upgrade, or they would lose their workflow.
TEST_F(MigrationsTest, DossiersRoutedBeforeTheStepCountKeepTheirSteps) {
  TestDatabase older;
  auto store = older.open();
  migrate_to(*store, 28);
  long long routed = 0;
  long long draft = 0;
  store->write([&](app::Transaction& tx) {
    const auto world = make_dossier_world(tx);
    routed = tx.insert_dossier(sample_dossier(world, "H29.12.05-251009-0001"));
    draft = tx.insert_dossier(sample_dossier(world));
  });
  for (int seq : {1, 2}) {
    older.exec(
        "INSERT INTO dossier_steps (dossier_id, seq, name, unit_code, unit_id, role, "
        "budget, budget_unit, after_steps, status, actions) SELECT " +
        std::to_string(routed) + ", " + std::to_string(seq) +
        ", 'Thẩm định', 'H29.12.05', unit_id, 'specialist', 4, 'working_hours', '[]', "
        "'active', '[]' FROM (SELECT competent_unit_id AS unit_id FROM dossiers WHERE id = " +
        std::to_string(routed) + ") u");
  }
  store->migrate();
  store->read([&](app::Transaction& tx) {
    EXPECT_EQ(tx.find_dossier(routed)->steps.size(), 2U);
    EXPECT_EQ(tx.find_dossier_by_code("H29.12.05-251009-0001")->steps.size(), 2U);
    EXPECT_TRUE(tx.find_dossier(draft)->steps.empty());
  });
}

// What a query may rely on exists alike on both stores. Differences only the engine needs:
// SQLite's FTS5 table stands for PostgreSQL's generated search column.
TEST_F(MigrationsTest, BothDialectsBuildTheSameTablesAndColumns) {
  if (!db_->is_postgresql()) GTEST_SKIP() << "compared in the PostgreSQL run, against SQLite";
  const auto dir =
      std::filesystem::temp_directory_path() / ("motcua-schema-" + std::to_string(::getpid()));
  auto lite = open_store(dir.string(), "");
  lite->migrate();
  const auto sqlite_columns = columns_of(*lite);
  lite.reset();
  std::filesystem::remove_all(dir);
  auto pg_columns = columns_of(*store_);
  std::erase(pg_columns, std::pair<std::string, std::string>{"procedure_versions", "search"});
  EXPECT_EQ(pg_columns, sqlite_columns);
}

}  // namespace
}  // namespace motcua::store::testing
