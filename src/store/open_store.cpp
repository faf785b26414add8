#include "store/open_store.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "store/files/disk_file_store.hpp"
#include "store/postgres/pg_file_store.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace motcua::store {
namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool is_postgresql(const std::string& db_url) {
  return starts_with(db_url, "postgresql://") || starts_with(db_url, "postgres://");
}

}  // namespace

std::unique_ptr<app::Store> open_store(const std::string& data_dir, const std::string& db_url,
                                       std::size_t connections) {
  if (db_url.empty()) {
    std::filesystem::create_directories(data_dir);
    return sqlite::open_sqlite_store((std::filesystem::path(data_dir) / "motcua.db").string());
  }
  if (is_postgresql(db_url)) return postgres::open_pg_store(db_url, connections);
  throw std::invalid_argument("unsupported database URL: expected postgresql://… or none");
}

std::unique_ptr<app::FileStore> open_file_store(const std::string& data_dir,
                                                const std::string& choice,
                                                const std::string& db_url,
                                                std::size_t connections) {
  if (choice == "disk")
    return std::make_unique<files::DiskFileStore>(std::filesystem::path(data_dir) / "files");
  if (choice != "database")
    throw std::invalid_argument("unsupported file store: expected disk or database");
  if (!is_postgresql(db_url))
    throw std::invalid_argument("the database file store needs a PostgreSQL store (--db)");
  return postgres::open_pg_file_store(db_url, std::max<std::size_t>(connections / 2, 2));
}

}  // namespace motcua::store
