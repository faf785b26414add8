#include "store/sqlite/sqlite_store.hpp"

#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_dialect.hpp"

namespace motcua::store::sqlite {
namespace {

constexpr std::size_t kReaders = 4;
// A writer waits for the previous write transaction this long before answering "unavailable".
constexpr std::chrono::seconds kMaxWait{30};

std::unique_ptr<sql::ConnectionPool> pool_of(const std::string& path, Role role, std::size_t size) {
  return std::make_unique<sql::ConnectionPool>(
      [path, role] { return std::make_unique<SqliteConnection>(path, role); }, size, kMaxWait);
}

}  // namespace

std::unique_ptr<app::Store> open_sqlite_store(const std::string& path) {
  auto writers = pool_of(path, Role::writer, 1);
  // Open the writer first: it creates the file and switches it to WAL before any reader opens it.
  { auto first = writers->acquire(); }
  return std::make_unique<sql::SqlStore>("sqlite", std::make_unique<SqliteDialect>(),
                                         std::move(writers), pool_of(path, Role::reader, kReaders));
}

}  // namespace motcua::store::sqlite
