#pragma once
// One `motcua serve --demo` per test process, on the store MOTCUA_TEST_STORE names, over a fresh
// data folder and (for PostgreSQL) a fresh database. At the end the server must stop cleanly on
// SIGTERM and `motcua audit verify` must find every event chain intact.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "server_process.hpp"

namespace motcua::test {

class ApiEnvironment : public ::testing::Environment {
 public:
  void SetUp() override;
  void TearDown() override;

  unsigned short port() const { return server_->port(); }
  const std::string& data_dir() const { return data_dir_; }
  bool postgresql() const { return !db_url_.empty(); }
  // --data and, on PostgreSQL, --db: what a second server process on the same store needs.
  std::vector<std::string> store_arguments() const;
  // Runs `motcua <words…>` on the server's store, as an administrator at the console would.
  CommandResult run_cli(const std::vector<std::string>& words) const;
  // --data and, on PostgreSQL, --db of a new empty database: a server with a store of its own
  // (dropped at the end with the shared one).
  std::vector<std::string> separate_store(const std::string& data_dir);

 private:
  std::string new_database();
  void create_database();
  void drop_database();

  std::string data_dir_;
  std::string admin_url_;  // the throwaway server's URL from MOTCUA_TEST_PG_URL
  std::string db_url_;     // this process's own database on it
  std::string db_name_;
  std::vector<std::string> extra_databases_;
  std::unique_ptr<ServerProcess> server_;
};

ApiEnvironment& environment();

}  // namespace motcua::test
