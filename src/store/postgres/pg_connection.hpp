#pragma once
// One PostgreSQL connection on libpq itself, in pipeline mode where it saves round trips: a
// transaction's BEGIN travels with its first statement, a statement's preparation with its first
// run, a write's statements whose rows nobody reads (inserts, updates) with the next statement or
// the COMMIT, and a read transaction's COMMIT is sent without waiting for its answer, which is
// read before the connection's next use. Statements are prepared once per connection; the
// driver's errors are translated as store/sql/connection.hpp asks.
#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/sql/connection.hpp"

namespace motcua::store::postgres {

class PgConnection final : public sql::SqlConnection {
 public:
  // `session_settings`: SET statements run on connecting (again after a reconnection).
  explicit PgConnection(const std::string& url, std::string session_settings = "");
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  sql::Rows query(std::string_view sql, const sql::Params& params) override;
  void exec_without_rows(std::string_view sql, const sql::Params& params) override;
  std::vector<sql::Rows> query_together(const std::vector<sql::Statement>& statements) override;
  bool sends_together() const override { return true; }
  void exec_script(std::string_view sql) override;
  void begin(sql::Mode mode) override;
  void commit() override;
  void rollback() override;
  bool healthy() const override;

 private:
  struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
  };
  using Result = std::unique_ptr<PGresult, ResultDeleter>;
  struct Command {
    std::string sql;
    std::vector<std::optional<std::string>> params;  // nullopt: SQL NULL
    std::vector<int> formats;  // each parameter's, 1 for bytes; empty when all are text
  };
  struct Answers {
    Result error;                 // the first command that failed
    std::vector<Result> answers;  // each command's, then the `then` statement's
  };

  static Command command_of(std::string_view sql, const sql::Params& params);
  void connect();
  void reset();
  void replace_if_dropped();
  Answers round_trip(const std::vector<Command>& commands, const char* then);
  Answers round_trip_retried(const std::vector<Command>& commands);
  void send(const Command& command);
  void send_text(const char* sql);
  struct Sent {
    const std::string* prepared;  // a preparation: the text prepared
    bool answered;                // the caller is given its result (not the BEGIN's)
  };
  Answers read_answers(const std::vector<Sent>& sent);
  sql::Rows rows_of_last(const std::vector<Command>& commands);
  void finish_sent_commit();
  void commit_write();
  void end_failed_transaction();
  [[noreturn]] void fail(const PGresult* result, const std::string& doing);

  std::string url_;
  std::string session_settings_;
  PGconn* connection_ = nullptr;
  std::unordered_map<std::string, std::string> statements_;  // SQL text → prepared name
  std::size_t statements_named_ = 0;                         // names are never given twice
  std::vector<Command> unsent_;  // a write's statements waiting for the next round trip
  std::string pending_begin_;    // the BEGIN the next round trip carries; empty once sent
  bool in_transaction_ = false;  // between begin() and commit()/rollback()
  bool writing_ = false;         // the transaction is a write
  bool began_ = false;           // a BEGIN reached the server in this transaction
  bool commit_sent_ = false;     // a read's COMMIT whose answer is not read yet
  bool broken_ = false;
};

}  // namespace motcua::store::postgres
