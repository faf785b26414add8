#pragma once
#include <memory>
#include <string>

#include "app/ports/store.hpp"

namespace motcua::store::postgres {

// The store of a scaled-out deployment: several motcua processes over one PostgreSQL, each with a
// bounded pool of at most `connections` (0: ten). `url` is a libpq URI
// (postgresql://user@host:port/db).
std::unique_ptr<app::Store> open_pg_store(const std::string& url, std::size_t connections = 0);

}  // namespace motcua::store::postgres
