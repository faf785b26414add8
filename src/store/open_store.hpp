#pragma once
#include <memory>
#include <string>

#include "app/ports/file_store.hpp"
#include "app/ports/store.hpp"

namespace motcua::store {

// An empty `db_url` opens the embedded SQLite store <data_dir>/motcua.db (creating the folder);
// postgresql://… or postgres://… opens PostgreSQL. The schema is not migrated here: call migrate().
// Throws std::invalid_argument for another URL and app::StoreUnavailable when the database cannot
// be opened. `connections` bounds PostgreSQL's pool (0: its default).
std::unique_ptr<app::Store> open_store(const std::string& data_dir, const std::string& db_url,
                                       std::size_t connections = 0);

// Where uploaded files are kept: "disk" (under <data_dir>/files, a folder every node must share) or
// "database" (in the PostgreSQL database `db_url`, through a pool of `connections`). Throws
// std::invalid_argument for another choice, or "database" without PostgreSQL.
std::unique_ptr<app::FileStore> open_file_store(const std::string& data_dir,
                                                const std::string& choice = "disk",
                                                const std::string& db_url = "",
                                                std::size_t connections = 0);

}  // namespace motcua::store
