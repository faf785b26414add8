#pragma once
// What differs between the two SQL dialects, kept apart from the shared statements: the DDL of the
// numbered migrations, how concurrent migrations are serialised, full-text search and row locks.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::store::sql {

struct Migration {
  int number = 0;
  std::string_view name;
  std::string_view sql;  // several statements; run in one transaction with the bookkeeping
};

class Dialect {
 public:
  virtual ~Dialect() = default;

  virtual const std::vector<Migration>& migrations() const = 0;
  // Run first in every migration transaction so that two processes migrating at once take turns
  // (empty where write transactions are already exclusive).
  virtual std::string_view migration_lock() const = 0;
  // One row per column of the schema's own tables: (table, column), so both dialects' schemas can
  // be compared. Engine-managed tables (SQLite's FTS shadows, the bookkeeping) are left out.
  virtual std::string_view schema_columns_query() const = 0;

  // Full-text search over current procedure versions. The statements alias procedures `p` and
  // procedure_versions `v`; `param` is the placeholder ("$3") bound to search_query(terms).
  virtual std::string_view search_join() const = 0;
  virtual std::string search_match(const std::string& param) const = 0;
  virtual std::string search_rank(const std::string& param) const = 0;  // ORDER BY term, best first
  // A prefix query of the folded terms (core::search_terms) in the engine's own syntax. The terms
  // are quoted, so no user text is ever read as query operators.
  virtual std::string search_query(const std::vector<std::string>& folded_terms) const = 0;

  // Appended to a single-row SELECT in a write transaction that will change the row, so that
  // read-modify-write use cases serialise per row (empty where the writer is already exclusive).
  virtual std::string_view lock_for_update() const = 0;
  // Appended to a SELECT that claims rows for work: rows another transaction holds are skipped
  // rather than waited for (empty where the writer is already exclusive).
  virtual std::string_view lock_skipping_held() const = 0;

  // An aggregate of the texts `expression` takes over a group's rows, joined by commas, in no
  // given order; NULL for no row.
  virtual std::string comma_joined(std::string_view expression) const = 0;
};

}  // namespace motcua::store::sql
