#include "store/postgres/pg_connection.hpp"

#include <poll.h>

#include <cstring>
#include <stdexcept>

#include "app/ports/store.hpp"

namespace motcua::store::postgres {
namespace {

// Distinct statement texts kept prepared on one connection.
constexpr std::size_t kMaxPreparedStatements = 512;

// A write's statements held for the next round trip: more would risk both sides blocking, each
// on a buffer the other does not read while it writes.
constexpr std::size_t kMaxUnsent = 64;

constexpr const char* kSessionSetup = "SET client_min_messages TO WARNING; SET TIME ZONE 'UTC'";

// The connection went away (or never came): what was sent may not have been done.
struct ConnectionLost : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string error_of(const PGconn* connection) {
  std::string message = PQerrorMessage(connection);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

sql::Rows rows_of(const PGresult* result) {
  const int count = PQntuples(result);
  const int columns = PQnfields(result);
  sql::Rows rows;
  rows.reserve(static_cast<std::size_t>(count));
  for (int r = 0; r < count; ++r) {
    std::vector<sql::Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      if (PQgetisnull(result, r, c) != 0) {
        values.emplace_back();
      } else {
        values.emplace_back(std::string(PQgetvalue(result, r, c),
                                        static_cast<std::size_t>(PQgetlength(result, r, c))));
      }
    }
    rows.emplace_back(std::move(values));
  }
  return rows;
}

bool succeeded(const PGresult* result) {
  const auto status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

}  // namespace

PgConnection::PgConnection(const std::string& url, std::string session_settings)
    : url_(url), session_settings_(std::move(session_settings)) {
  connect();
}

PgConnection::~PgConnection() {
  // An open transaction is rolled back by the server when the connection closes.
  if (connection_ != nullptr) PQfinish(connection_);
}

void PgConnection::connect() {
  connection_ = PQconnectdb(url_.c_str());
  // NOTICEs ("extension already exists, skipping") are not worth a line on stderr.
  std::string setup = kSessionSetup;
  if (!session_settings_.empty()) setup += "; " + session_settings_;
  const Result result(PQstatus(connection_) == CONNECTION_OK ? PQexec(connection_, setup.c_str())
                                                             : nullptr);
  if (result == nullptr || !succeeded(result.get())) {
    const auto message =
        result != nullptr ? std::string(PQresultErrorMessage(result.get())) : error_of(connection_);
    PQfinish(connection_);  // a constructor that throws leaves no destructor to do it
    connection_ = nullptr;
    broken_ = true;
    throw app::StoreUnavailable("postgresql: cannot connect: " + message);
  }
  broken_ = false;
}

// A new session: the server forgot this one's prepared statements.
void PgConnection::reset() {
  PQfinish(connection_);
  connection_ = nullptr;
  statements_.clear();
  commit_sent_ = false;
  connect();
}

// An idle connection has nothing to read unless the server ended the session (a restart, an
// administrator): it is then replaced before anything is sent, since a write sent whole with its
// COMMIT could not tell a connection dead before it from one lost after the commit. These
// connections listen for nothing, so whatever else could arrive unasked costs a reconnection at
// worst.
void PgConnection::replace_if_dropped() {
  if (PQstatus(connection_) == CONNECTION_OK) {
    pollfd idle{PQsocket(connection_), POLLIN, 0};
    if (poll(&idle, 1, 0) == 0) return;
  }
  reset();
}

bool PgConnection::healthy() const {
  return !broken_ && connection_ != nullptr && PQstatus(connection_) == CONNECTION_OK;
}

void PgConnection::fail(const PGresult* result, const std::string& doing) {
  if (PQstatus(connection_) != CONNECTION_OK) {
    broken_ = true;
    throw app::StoreUnavailable("postgresql: connection lost " + doing + ": " +
                                error_of(connection_));
  }
  const char* message = result != nullptr ? PQresultErrorMessage(result) : "";
  std::string text = "postgresql: " + doing + ": " +
                     (message != nullptr && *message != 0 ? message : error_of(connection_));
  while (!text.empty() && text.back() == '\n') text.pop_back();
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  if (sqlstate == "23505") throw app::StoreConflict(text);
  // Deadlock or serialisation failure (40…), which may be retried; the server short of
  // resources (53…).
  if (sqlstate.starts_with("40") || sqlstate.starts_with("53")) throw app::StoreUnavailable(text);
  throw std::runtime_error(text);
}

void PgConnection::finish_sent_commit() {
  if (!commit_sent_) return;
  commit_sent_ = false;
  // The COMMIT's answer, its end, and the pipeline's end; a read has nothing left to lose.
  const Result answer(PQgetResult(connection_));
  bool ok = answer != nullptr && succeeded(answer.get());
  while (const Result rest{PQgetResult(connection_)}) ok = false;
  const Result sync(PQgetResult(connection_));
  ok = ok && sync != nullptr && PQresultStatus(sync.get()) == PGRES_PIPELINE_SYNC &&
       PQexitPipelineMode(connection_) == 1;
  if (!ok) {
    broken_ = true;
    throw app::StoreUnavailable("postgresql: a read's commit failed: " + error_of(connection_));
  }
}

void PgConnection::send_text(const char* sql) {
  if (PQsendQueryParams(connection_, sql, 0, nullptr, nullptr, nullptr, nullptr, 0) != 1)
    throw ConnectionLost(error_of(connection_));
}

void PgConnection::send(const Command& command) {
  std::vector<const char*> values;  // nullptr stands for SQL NULL
  values.reserve(command.params.size());
  for (const auto& param : command.params) values.push_back(param ? param->c_str() : nullptr);
  // Lengths matter to the server only for binary parameters, which may hold zero bytes.
  std::vector<int> lengths;
  if (!command.formats.empty())
    for (const auto& param : command.params)
      lengths.push_back(param ? static_cast<int>(param->size()) : 0);
  const int* length_of = lengths.empty() ? nullptr : lengths.data();
  const int* format_of = command.formats.empty() ? nullptr : command.formats.data();
  const int count = static_cast<int>(values.size());
  int sent = 0;
  if (auto found = statements_.find(command.sql); found != statements_.end()) {
    sent = PQsendQueryPrepared(connection_, found->second.c_str(), count, values.data(), length_of,
                               format_of, 0);
  } else {
    // Past the bound (list queries vary with their filters), statements run unprepared.
    sent = PQsendQueryParams(connection_, command.sql.c_str(), count, nullptr, values.data(),
                             length_of, format_of, 0);
  }
  if (sent != 1) throw ConnectionLost(error_of(connection_));
}

// One round trip: the transaction's BEGIN if it is still to be sent, each command (prepared
// first if it is new on this connection), then `then` if given. `sent` marks each message sent:
// a preparation by its statement's text, whatever is answered to the caller by null.
PgConnection::Answers PgConnection::round_trip(const std::vector<Command>& commands,
                                               const char* then) {
  if (PQstatus(connection_) != CONNECTION_OK || PQenterPipelineMode(connection_) != 1)
    throw ConnectionLost(error_of(connection_));
  std::vector<Sent> sent;
  const bool beginning = !pending_begin_.empty();
  if (beginning) {
    send_text(pending_begin_.c_str());
    sent.push_back({nullptr, false});
  }
  for (const auto& command : commands) {
    if (!statements_.contains(command.sql) && statements_.size() < kMaxPreparedStatements) {
      const auto name = "motcua_" + std::to_string(++statements_named_);
      if (PQsendPrepare(connection_, name.c_str(), command.sql.c_str(), 0, nullptr) != 1)
        throw ConnectionLost(error_of(connection_));
      statements_.emplace(command.sql, name);
      sent.push_back({&command.sql, false});
    }
    send(command);
    sent.push_back({nullptr, true});
  }
  if (then != nullptr) {
    send_text(then);
    sent.push_back({nullptr, true});
  }
  if (PQpipelineSync(connection_) != 1) throw ConnectionLost(error_of(connection_));
  auto answers = read_answers(sent);
  if (beginning) began_ = true;
  pending_begin_.clear();
  return answers;
}

// Each message's result then its end (after a failure the rest come back aborted), then the
// pipeline's end.
PgConnection::Answers PgConnection::read_answers(const std::vector<Sent>& sent) {
  Answers answers;
  for (const auto& [prepared, answered] : sent) {
    Result result(PQgetResult(connection_));
    if (result == nullptr) throw ConnectionLost(error_of(connection_));
    while (const Result rest{PQgetResult(connection_)}) {
    }
    const bool ok = succeeded(result.get());
    // A statement the server could not prepare is not known under its name.
    if (prepared != nullptr && !ok) statements_.erase(*prepared);
    if (!ok && PQresultStatus(result.get()) != PGRES_PIPELINE_ABORTED && answers.error == nullptr) {
      answers.error = std::move(result);
    } else if (answered) {
      answers.answers.push_back(std::move(result));
    }
  }
  const Result sync(PQgetResult(connection_));
  if (sync == nullptr || PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC ||
      PQexitPipelineMode(connection_) != 1)
    throw ConnectionLost(error_of(connection_));
  return answers;
}

// A connection found dead before anything of this transaction reached the server (the server
// restarted while it idled) is replaced and the commands sent again; later, the transaction is
// lost with it and the caller is told.
PgConnection::Answers PgConnection::round_trip_retried(const std::vector<Command>& commands) {
  for (int attempt = 0;; ++attempt) {
    try {
      return round_trip(commands, nullptr);
    } catch (const ConnectionLost& lost) {
      if (attempt > 0 || began_) {
        broken_ = true;
        throw app::StoreUnavailable(std::string("postgresql: connection lost: ") + lost.what());
      }
      reset();
    }
  }
}

PgConnection::Command PgConnection::command_of(std::string_view sql, const sql::Params& params) {
  Command command{std::string(sql), {}, {}};
  command.params.reserve(params.size());
  for (const auto& value : params) {
    if (value.is_null()) {
      command.params.emplace_back(std::nullopt);
    } else if (value.is_bytes()) {
      command.params.emplace_back(std::string(value.bytes()));
      command.formats.resize(params.size(), 0);
      command.formats[command.params.size() - 1] = 1;
    } else {
      command.params.emplace_back(value.text());
    }
  }
  return command;
}

sql::Rows PgConnection::query(std::string_view sql, const sql::Params& params) {
  if (!in_transaction_) throw std::logic_error("postgresql: statement outside a transaction");
  auto commands = std::move(unsent_);
  unsent_.clear();
  commands.push_back(command_of(sql, params));
  return rows_of_last(commands);
}

// The statements held back, then the caller's; the rows of the last.
sql::Rows PgConnection::rows_of_last(const std::vector<Command>& commands) {
  const auto answers = round_trip_retried(commands);
  if (answers.error != nullptr) fail(answers.error.get(), "statement failed");
  return rows_of(answers.answers.back().get());
}

std::vector<sql::Rows> PgConnection::query_together(const std::vector<sql::Statement>& statements) {
  if (!in_transaction_) throw std::logic_error("postgresql: statement outside a transaction");
  auto commands = std::move(unsent_);
  unsent_.clear();
  const auto held = commands.size();
  for (const auto& statement : statements)
    commands.push_back(command_of(statement.sql, statement.params));
  const auto answers = round_trip_retried(commands);
  if (answers.error != nullptr) fail(answers.error.get(), "statement failed");
  std::vector<sql::Rows> rows;
  rows.reserve(statements.size());
  for (auto i = held; i < answers.answers.size(); ++i)
    rows.push_back(rows_of(answers.answers[i].get()));
  return rows;
}

void PgConnection::exec_without_rows(std::string_view sql, const sql::Params& params) {
  if (!in_transaction_) throw std::logic_error("postgresql: statement outside a transaction");
  if (!writing_) {
    query(sql, params);
    return;
  }
  unsent_.push_back(command_of(sql, params));
  if (unsent_.size() < kMaxUnsent) return;
  auto commands = std::move(unsent_);
  unsent_.clear();
  rows_of_last(commands);
}

void PgConnection::exec_script(std::string_view sql) {
  if (!in_transaction_) throw std::logic_error("postgresql: script outside a transaction");
  if (!unsent_.empty()) {
    auto commands = std::move(unsent_);
    unsent_.clear();
    rows_of_last(commands);
  }
  std::string script(sql);
  if (!pending_begin_.empty()) {
    script = pending_begin_ + "; " + script;
    pending_begin_.clear();
    began_ = true;
  }
  const Result result(PQexec(connection_, script.c_str()));
  if (result == nullptr || !succeeded(result.get())) fail(result.get(), "script failed");
}

void PgConnection::begin(sql::Mode mode) {
  finish_sent_commit();
  if (in_transaction_) throw std::logic_error("postgresql: transaction already open");
  replace_if_dropped();
  in_transaction_ = true;
  began_ = false;
  writing_ = mode == sql::Mode::write;
  unsent_.clear();
  // Autocommit for a glance: a one-statement read costs one round trip instead of three.
  pending_begin_ = mode == sql::Mode::write  ? "BEGIN"
                   : mode == sql::Mode::read ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                             : "";
}

void PgConnection::commit() {
  in_transaction_ = false;
  if (writing_) {
    commit_write();
    return;
  }
  pending_begin_.clear();
  if (!began_) return;  // nothing was sent, or each statement committed on its own
  began_ = false;
  // Its answer is read before the connection's next use (finish_sent_commit).
  const bool sent =
      PQenterPipelineMode(connection_) == 1 &&
      PQsendQueryParams(connection_, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 &&
      PQpipelineSync(connection_) == 1;
  if (!sent) broken_ = true;  // a read has nothing to lose; the pool replaces the connection
  commit_sent_ = sent;
}

// The statements not sent yet travel with the COMMIT. Whatever fails, the transaction is over.
void PgConnection::commit_write() {
  auto commands = std::move(unsent_);
  unsent_.clear();
  if (!began_ && commands.empty()) {
    pending_begin_.clear();  // nothing reached the server
    return;
  }
  Answers answers;
  try {
    answers = round_trip(commands, "COMMIT");
  } catch (const ConnectionLost& lost) {
    broken_ = true;
    began_ = false;
    pending_begin_.clear();
    throw app::StoreUnavailable(std::string("postgresql: commit in doubt: ") + lost.what());
  }
  began_ = false;
  if (answers.error != nullptr) {
    end_failed_transaction();
    fail(answers.error.get(), "commit failed");
  }
  // The server answers ROLLBACK to the COMMIT of a transaction an error had already ended.
  if (std::strcmp(PQcmdStatus(answers.answers.back().get()), "COMMIT") != 0)
    throw app::StoreUnavailable("postgresql: the transaction was rolled back");
}

// A transaction an error left open (aborted) is rolled back; one already over is left alone.
void PgConnection::end_failed_transaction() {
  const auto state = PQtransactionStatus(connection_);
  if (state != PQTRANS_INTRANS && state != PQTRANS_INERROR) return;
  const Result result(PQexec(connection_, "ROLLBACK"));
  if (result == nullptr || !succeeded(result.get())) broken_ = true;
}

void PgConnection::rollback() {
  in_transaction_ = false;
  unsent_.clear();
  pending_begin_.clear();
  const bool began = began_;
  began_ = false;
  if (!began || broken_) return;  // nothing reached the server, or the pool drops the connection
  end_failed_transaction();
  if (broken_) throw app::StoreUnavailable("postgresql: rollback failed: " + error_of(connection_));
}

}  // namespace motcua::store::postgres
