#pragma once
#include "store/sql/dialect.hpp"

namespace motcua::store::sqlite {

const std::vector<sql::Migration>& migrations();

// FTS5 with the `vn` tokenizer; no row locks or migration lock, the single writer being exclusive.
class SqliteDialect final : public sql::Dialect {
 public:
  const std::vector<sql::Migration>& migrations() const override { return sqlite::migrations(); }
  std::string_view migration_lock() const override { return {}; }
  std::string_view search_join() const override;
  std::string search_match(const std::string& param) const override;
  std::string search_rank(const std::string& param) const override;
  std::string search_query(const std::vector<std::string>& folded_terms) const override;
  std::string_view lock_for_update() const override { return {}; }
  std::string_view lock_skipping_held() const override { return {}; }
  std::string comma_joined(std::string_view expression) const override {
    return "group_concat(" + std::string(expression) + ", ',')";
  }
  std::string_view schema_columns_query() const override {
    return "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
           "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
           "AND m.name NOT LIKE 'procedure_fts%' AND m.name <> 'schema_migrations' "
           "ORDER BY m.name, c.name";
  }
};

}  // namespace motcua::store::sqlite
