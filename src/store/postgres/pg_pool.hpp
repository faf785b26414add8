#pragma once
#include <memory>
#include <string>

#include "store/sql/pool.hpp"

namespace motcua::store::postgres {

// A pool of at most `size` connections to `url` (a libpq URI), opened on demand. A caller waits at
// most ten seconds for a free one; an unreachable host is given up after ten seconds as well.
// `session_settings`: SET statements each connection runs on connecting.
std::unique_ptr<sql::ConnectionPool> open_pg_pool(const std::string& url, std::size_t size,
                                                  const std::string& session_settings = "");

}  // namespace motcua::store::postgres
