#include "store/postgres/pg_file_store.hpp"

#include <sodium.h>

#include "app/ports/store.hpp"
#include "store/files/content_address.hpp"
#include "store/postgres/pg_pool.hpp"

namespace motcua::store::postgres {
namespace {

// Answers come back as text, a file's bytes as hex.
std::string from_hex(const std::string& hex) {
  std::string bytes(hex.size() / 2, '\0');
  std::size_t length = 0;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(),
                     hex.size(), nullptr, &length, nullptr) != 0 ||
      length != bytes.size())
    throw app::StoreUnavailable("files: a stored file is not valid hex");
  return bytes;
}

class PgFileStore final : public app::FileStore {
 public:
  explicit PgFileStore(std::unique_ptr<sql::ConnectionPool> pool) : pool_(std::move(pool)) {}

  std::string put(std::string_view bytes) override {
    auto sha256 = files::content_address(bytes);
    // A transaction of its own rather than autocommit: its BEGIN finds a connection the server
    // dropped while it was idle, and the pool replaces it before the bytes are sent.
    sql::run_transaction(*pool_, sql::Mode::write, [&](sql::SqlConnection& db) {
      db.exec(
          "INSERT INTO stored_files (sha256, size, bytes) VALUES ($1, $2, $3) "
          "ON CONFLICT (sha256) DO NOTHING",
          {sha256, static_cast<long long>(bytes.size()), sql::Bytes{std::string(bytes)}});
    });
    return sha256;
  }

  std::optional<std::string> get(const std::string& sha256) const override {
    if (!files::is_content_address(sha256)) return std::nullopt;
    std::optional<std::string> bytes;
    sql::run_transaction(*pool_, sql::Mode::read, [&](sql::SqlConnection& db) {
      const auto rows =
          db.query("SELECT encode(bytes, 'hex') FROM stored_files WHERE sha256 = $1", {sha256});
      if (!rows.empty()) bytes = from_hex(rows.front().text(0));
    });
    return bytes;
  }

 private:
  std::unique_ptr<sql::ConnectionPool> pool_;
};

}  // namespace

std::unique_ptr<app::FileStore> open_pg_file_store(const std::string& url,
                                                   std::size_t connections) {
  // A file's commit does not wait for the log to reach the disk: a file counts only once a later
  // transaction records where it is used, and that transaction's commit, which does wait, flushes
  // the log up to its own record, so through the file's, written before it. A crash in between
  // loses a file nothing names yet and nobody was told was kept. That spares a submission the
  // flush of each of its papers; set once for the pool's connections, not in each transaction.
  return std::make_unique<PgFileStore>(
      open_pg_pool(url, connections, "SET synchronous_commit = off"));
}

}  // namespace motcua::store::postgres
