#pragma once
// One PostgreSQL connection (libpqxx 6): statements prepared once per connection, transactions as
// pqxx transaction objects, and the error translation of the driver interface.
#include <memory>
#include <pqxx/connection>
#include <pqxx/transaction>
#include <string>
#include <unordered_map>

#include "store/sql/connection.hpp"

namespace motcua::store::postgres {

class PgConnection final : public sql::SqlConnection {
 public:
  explicit PgConnection(const std::string& url);
  ~PgConnection() override;

  sql::Rows query(std::string_view sql, const sql::Params& params) override;
  void exec_script(std::string_view sql) override;
  void begin(sql::Mode mode) override;
  void commit() override;
  void rollback() override;
  bool healthy() const override;

 private:
  const std::string* statement_name(const std::string& sql);  // null: not cached
  template <class F>
  auto guarded(F&& f) -> decltype(f());

  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::transaction_base> transaction_;
  std::unordered_map<std::string, std::string> statements_;  // SQL text → prepared name
  bool broken_ = false;
};

}  // namespace motcua::store::postgres
