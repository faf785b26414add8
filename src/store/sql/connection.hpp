#pragma once
// The tiny driver interface the shared SQL is written against. Statements use positional
// parameters $1..$n on both stores; a driver prepares each distinct text once per connection.
// Drivers translate their errors: a unique violation becomes app::StoreConflict, a lost or busy
// database app::StoreUnavailable.
#include <string_view>
#include <vector>

#include "store/sql/value.hpp"

namespace motcua::store::sql {

// `glance`: a read whose statements need not share a snapshot; each sees the latest committed
// data. A driver may then skip the transaction's own round trips.
enum class Mode { read, write, glance };

struct Statement {
  std::string_view sql;
  Params params;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual Rows query(std::string_view sql, const Params& params) = 0;
  // A statement whose rows nobody reads. A driver may send it with the transaction's next
  // statement or its commit; its error is then thrown there, and the transaction fails as a whole.
  void exec(std::string_view sql, const Params& params = {}) { exec_without_rows(sql, params); }
  virtual void exec_without_rows(std::string_view sql, const Params& params) { query(sql, params); }
  // Each statement's rows, in order. A driver that sends them in one round trip says so
  // (sends_together), so that callers read ahead only where it pays.
  virtual std::vector<Rows> query_together(const std::vector<Statement>& statements) {
    std::vector<Rows> rows;
    rows.reserve(statements.size());
    for (const auto& statement : statements) rows.push_back(query(statement.sql, statement.params));
    return rows;
  }
  virtual bool sends_together() const { return false; }
  // Several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;

  // Write transactions are serialised against each other; read transactions see one snapshot.
  virtual void begin(Mode mode) = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;

  // False once the connection is known to be unusable; the pool then replaces it.
  virtual bool healthy() const = 0;
};

}  // namespace motcua::store::sql
