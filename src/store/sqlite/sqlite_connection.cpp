#include "store/sqlite/sqlite_connection.hpp"

#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "app/ports/store.hpp"
#include "store/sqlite/vn_tokenizer.hpp"

namespace motcua::store::sqlite {
namespace {

// How long a statement waits for another process holding the write lock (e.g. `motcua migrate`
// beside a running server) before the store reports itself unavailable.
constexpr int kBusyTimeoutMs = 5000;
// Distinct statement texts kept prepared; list queries vary with their filters, so bound it.
constexpr std::size_t kMaxCachedStatements = 256;
constexpr std::int64_t kMemoryMapBytes = std::int64_t{1} << 30;

bool is_unavailable(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
    case SQLITE_READONLY:
    case SQLITE_PROTOCOL:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Reads through a memory map cost no system call per page, and every connection shares the mapped
// pages: lookups among 100,000 dossiers (200 MB) ran 10–24 % faster mapped. A larger store is
// read through the cache alone: its pages are each read seldom, and a host that takes back memory
// it sees as cold (DAMON's reclaim on the measured guest) then works on the map under every reader,
// which stalled them all for 25–40 ms at a time (lookup p99 16–21 ms among a million dossiers,
// 2 GB, mapped, 6 ms read through the cache, at the same rate).
std::int64_t memory_map_bytes(std::uintmax_t store_bytes) {
  return store_bytes > static_cast<std::uintmax_t>(kMemoryMapBytes) ? 0 : kMemoryMapBytes;
}

SqliteConnection::SqliteConnection(const std::string& path, Role role) {
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  db_.reset(raw);
  if (rc != SQLITE_OK) {
    throw app::StoreUnavailable("sqlite: cannot open " + path + ": " +
                                (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  if (register_vn_tokenizer(raw) != SQLITE_OK) fail(SQLITE_ERROR, "register tokenizer vn");
  exec_script("PRAGMA foreign_keys = ON");
  // A private cache of 16 MB keeps the indexes of a busy province hot.
  std::error_code no_file;  // a new store: nothing yet
  const auto store_bytes = std::filesystem::file_size(path, no_file);
  exec_script("PRAGMA mmap_size = " + std::to_string(memory_map_bytes(no_file ? 0 : store_bytes)) +
              "; PRAGMA cache_size = -16000");
  if (role == Role::writer) {
    // FULL: in WAL mode, NORMAL may lose the last commits on power failure, and an acknowledged
    // dossier must never disappear.
    exec_script("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL");
  } else {
    exec_script("PRAGMA query_only = ON");
  }
}

sqlite3_stmt* SqliteConnection::prepared(std::string_view sql) {
  const std::string key(sql);
  if (auto found = statements_.find(key); found != statements_.end()) return found->second.get();
  if (statements_.size() >= kMaxCachedStatements) statements_.clear();
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db_.get(), key.c_str(), static_cast<int>(key.size()),
                                    SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  if (rc != SQLITE_OK) fail(rc, sql);
  return statements_.emplace(key, Statement(raw)).first->second.get();
}

void SqliteConnection::bind(sqlite3_stmt* statement, const sql::Params& params,
                            std::string_view sql) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string name = "$" + std::to_string(i + 1);
    const int index = sqlite3_bind_parameter_index(statement, name.c_str());
    if (index == 0) continue;  // a parameter the text does not use
    const auto& value = params[i];
    int rc = SQLITE_OK;
    if (value.is_null()) {
      rc = sqlite3_bind_null(statement, index);
    } else if (value.is_integer()) {
      rc = sqlite3_bind_int64(statement, index, value.integer());
    } else if (value.is_bytes()) {
      const auto bytes = value.bytes();
      rc = sqlite3_bind_blob64(statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    } else {
      const std::string text = value.text();
      rc = sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                             SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) fail(rc, sql);
  }
}

sql::Rows SqliteConnection::query(std::string_view sql, const sql::Params& params) {
  sqlite3_stmt* statement = prepared(sql);
  // Reset on every exit, so that no statement keeps a read snapshot open between calls.
  struct Reset {
    sqlite3_stmt* s;
    ~Reset() {
      sqlite3_reset(s);
      sqlite3_clear_bindings(s);
    }
  } reset{statement};
  bind(statement, params, sql);
  sql::Rows rows;
  const int columns = sqlite3_column_count(statement);
  int rc;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    std::vector<sql::Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(statement, c)) {
        case SQLITE_NULL:
          values.emplace_back();
          break;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
          values.emplace_back(static_cast<long long>(sqlite3_column_int64(statement, c)));
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
          values.emplace_back(
              std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
        }
      }
    }
    rows.emplace_back(std::move(values));
  }
  if (rc != SQLITE_DONE) fail(rc, sql);
  return rows;
}

void SqliteConnection::exec_script(std::string_view sql) {
  char* error = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &error);
  sqlite3_free(error);
  if (rc != SQLITE_OK) fail(rc, sql);
}

void SqliteConnection::begin(sql::Mode mode) {
  // IMMEDIATE takes the write lock at once, so a writer never fails later on lock upgrade.
  query(mode == sql::Mode::write ? "BEGIN IMMEDIATE" : "BEGIN", {});
}

void SqliteConnection::commit() { query("COMMIT", {}); }

void SqliteConnection::rollback() {
  // Some errors (SQLITE_FULL, IOERR, …) have already rolled the transaction back.
  if (!sqlite3_get_autocommit(db_.get())) query("ROLLBACK", {});
}

void SqliteConnection::fail(int rc, std::string_view sql) const {
  const int extended = sqlite3_extended_errcode(db_.get());
  const std::string message = std::string("sqlite: ") + sqlite3_errmsg(db_.get()) + " (" +
                              sqlite3_errstr(rc) + ") in: " + std::string(sql.substr(0, 200));
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    throw app::StoreConflict(message);
  if (is_unavailable(rc)) throw app::StoreUnavailable(message);
  throw std::runtime_error(message);
}

}  // namespace motcua::store::sqlite
