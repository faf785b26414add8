#pragma once
#include <memory>
#include <string>

#include "app/ports/store.hpp"

namespace motcua::store::postgres {

// The store of a scaled-out deployment: several motcua processes over one PostgreSQL, each with a
// bounded pool of connections. `url` is a libpq URI (postgresql://user@host:port/db).
std::unique_ptr<app::Store> open_pg_store(const std::string& url);

}  // namespace motcua::store::postgres
