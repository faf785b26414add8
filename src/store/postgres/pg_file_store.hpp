#pragma once
#include <memory>
#include <string>

#include "app/ports/file_store.hpp"

namespace motcua::store::postgres {

// Uploaded files kept in PostgreSQL (the table stored_files, migration 30), content-addressed, so
// that every node of a deployment finds them without a shared folder and one backup of the
// database holds them. `put` returns once the transaction storing the bytes has committed: they
// are as durable as a dossier. Its own pool of at most `connections`
// keeps large uploads from holding the connections requests need.
std::unique_ptr<app::FileStore> open_pg_file_store(const std::string& url, std::size_t connections);

}  // namespace motcua::store::postgres
