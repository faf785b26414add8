#include "store/postgres/pg_store.hpp"

#include "store/postgres/pg_dialect.hpp"
#include "store/postgres/pg_numbers.hpp"
#include "store/postgres/pg_pool.hpp"
#include "store/sql/sql_store.hpp"

namespace motcua::store::postgres {
namespace {

// Per process, unless the server sizes it to its workers; with a few processes this stays well
// under PostgreSQL's default 100 connections.
constexpr std::size_t kDefaultPoolSize = 10;

}  // namespace

std::unique_ptr<app::Store> open_pg_store(const std::string& url, std::size_t connections) {
  auto pool = open_pg_pool(url, connections > 0 ? connections : kDefaultPoolSize);
  // Fail at startup, not on the first request, when the server cannot be reached.
  { auto first = pool->acquire(); }
  auto store = std::make_unique<sql::SqlStore>("postgresql", std::make_unique<PgDialect>(),
                                               std::move(pool), nullptr);
  auto numbers = std::make_shared<PgNumbers>(url);
  store->take_numbers_from(
      [numbers](long long unit_id, int day_key) { return numbers->next(unit_id, day_key); });
  store->combine_lookups([url] { return open_pg_pool(url, 1); });
  return store;
}

}  // namespace motcua::store::postgres
