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
};

}  // namespace motcua::store::sqlite
