#pragma once
// One suite, run unchanged against both stores: MOTCUA_TEST_STORE=sqlite (default) or postgresql,
// the latter with MOTCUA_TEST_PG_URL (scripts/pg start prints one). Every test gets a fresh
// database: a temporary folder for SQLite, a newly created database for PostgreSQL.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "app/ports/store.hpp"

namespace motcua::store::testing {

// A fresh, empty database that is dropped when this object goes.
class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // A new store over this database (several may be open at once, like several processes).
  std::unique_ptr<app::Store> open() const;
  bool is_postgresql() const { return !pg_url_.empty(); }
  const std::string& postgresql_url() const { return pg_url_; }  // "" on SQLite
  // PostgreSQL: ends every session on this database, as a server restart would (SQLite: nothing).
  void end_sessions() const;
  // Runs SQL on the database behind the stores' back: rows as an older release left them.
  void exec(const std::string& sql) const;

 private:
  std::filesystem::path dir_;  // SQLite
  std::string pg_admin_url_;   // PostgreSQL: where databases are created and dropped
  std::string pg_name_;
  std::string pg_url_;
};

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  template <class F>
  auto write(F&& f) {
    using R = decltype(f(std::declval<app::Transaction&>()));
    if constexpr (std::is_void_v<R>) {
      store_->write([&](app::Transaction& tx) { f(tx); });
    } else {
      std::optional<R> result;
      store_->write([&](app::Transaction& tx) { result.emplace(f(tx)); });
      return std::move(*result);
    }
  }
  template <class F>
  auto read(F&& f) {
    using R = decltype(f(std::declval<app::Transaction&>()));
    std::optional<R> result;
    store_->read([&](app::Transaction& tx) { result.emplace(f(tx)); });
    return std::move(*result);
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<app::Store> store_;
  int first_migration_count_ = 0;
};

}  // namespace motcua::store::testing
