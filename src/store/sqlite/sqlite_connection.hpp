#pragma once
// One SQLite connection: RAII over the C API, a cache of prepared statements, and the error
// translation of the driver interface.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/connection.hpp"

namespace motcua::store::sqlite {

enum class Role { writer, reader };

// How much of a store of `store_bytes` a connection reads through a memory map: all of it up to
// 1 GB, none of a larger one.
std::int64_t memory_map_bytes(std::uintmax_t store_bytes);

class SqliteConnection final : public sql::SqlConnection {
 public:
  SqliteConnection(const std::string& path, Role role);

  sql::Rows query(std::string_view sql, const sql::Params& params) override;
  void exec_script(std::string_view sql) override;
  void begin(sql::Mode mode) override;
  void commit() override;
  void rollback() override;
  bool healthy() const override { return true; }

 private:
  struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
  };
  using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

  sqlite3_stmt* prepared(std::string_view sql);
  void bind(sqlite3_stmt* statement, const sql::Params& params, std::string_view sql);
  [[noreturn]] void fail(int rc, std::string_view sql) const;

  std::unique_ptr<sqlite3, CloseDb> db_;  // declared first: closed after the statements
  std::unordered_map<std::string, Statement> statements_;
};

}  // namespace motcua::store::sqlite
