#include "store/postgres/pg_pool.hpp"

#include "store/postgres/pg_connection.hpp"

namespace motcua::store::postgres {
namespace {

constexpr std::chrono::seconds kMaxWait{10};

// libpq waits for an unreachable host as long as TCP does (minutes) unless told otherwise.
std::string with_connect_timeout(const std::string& url) {
  if (url.find("connect_timeout=") != std::string::npos) return url;
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=10";
}

}  // namespace

std::unique_ptr<sql::ConnectionPool> open_pg_pool(const std::string& url, std::size_t size,
                                                  const std::string& session_settings) {
  return std::make_unique<sql::ConnectionPool>(
      [url = with_connect_timeout(url), session_settings] {
        return std::make_unique<PgConnection>(url, session_settings);
      },
      size, kMaxWait);
}

}  // namespace motcua::store::postgres
