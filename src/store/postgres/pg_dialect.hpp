#pragma once
#include "store/sql/dialect.hpp"

namespace motcua::store::postgres {

const std::vector<sql::Migration>& migrations();

// tsvector + GIN with the `vn` text search configuration; row locks for read-modify-write; an
// advisory lock so that two processes starting together migrate one after the other.
class PgDialect final : public sql::Dialect {
 public:
  const std::vector<sql::Migration>& migrations() const override { return postgres::migrations(); }
  std::string_view migration_lock() const override;
  std::string_view search_join() const override { return {}; }
  std::string search_match(const std::string& param) const override;
  std::string search_rank(const std::string& param) const override;
  std::string search_query(const std::vector<std::string>& folded_terms) const override;
  std::string_view lock_for_update() const override { return " FOR UPDATE"; }
  std::string_view lock_skipping_held() const override { return " FOR UPDATE SKIP LOCKED"; }
  std::string comma_joined(std::string_view expression) const override {
    return "string_agg(" + std::string(expression) + ", ',')";
  }
  std::string_view schema_columns_query() const override {
    return "SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c "
           "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
           "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
           "WHERE c.table_schema = current_schema() AND c.table_name <> 'schema_migrations' "
           "ORDER BY 1, 2";
  }
};

}  // namespace motcua::store::postgres
