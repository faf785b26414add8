#include "store/postgres/pg_connection.hpp"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <stdexcept>

#include "app/ports/store.hpp"

namespace motcua::store::postgres {
namespace {

// Distinct statement texts kept prepared on one connection.
constexpr std::size_t kMaxPreparedStatements = 512;

using ReadTransaction = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

sql::Rows rows_of(const pqxx::result& result) {
  sql::Rows rows;
  rows.reserve(result.size());
  for (const auto& row : result) {
    std::vector<sql::Value> values;
    values.reserve(row.size());
    for (const auto& field : row) {
      if (field.is_null()) {
        values.emplace_back();
      } else {
        values.emplace_back(std::string(field.c_str(), field.size()));
      }
    }
    rows.emplace_back(std::move(values));
  }
  return rows;
}

}  // namespace

template <class F>
auto PgConnection::guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const pqxx::unique_violation& e) {
    throw app::StoreConflict(std::string("postgresql: ") + e.what());
  } catch (const pqxx::broken_connection& e) {
    broken_ = true;
    throw app::StoreUnavailable(std::string("postgresql: connection lost: ") + e.what());
  } catch (const pqxx::in_doubt_error& e) {
    broken_ = true;
    throw app::StoreUnavailable(std::string("postgresql: commit in doubt: ") + e.what());
  } catch (const pqxx::transaction_rollback& e) {
    // Deadlock or serialisation failure: the work may be retried.
    throw app::StoreUnavailable(std::string("postgresql: ") + e.what());
  } catch (const pqxx::insufficient_resources& e) {
    throw app::StoreUnavailable(std::string("postgresql: ") + e.what());
  }
}

PgConnection::PgConnection(const std::string& url) {
  guarded([&] {
    connection_ = std::make_unique<pqxx::connection>(url);
    // NOTICEs ("extension already exists, skipping") are not worth a line on stderr.
    pqxx::nontransaction setup(*connection_);
    setup.exec("SET client_min_messages TO WARNING; SET TIME ZONE 'UTC'");
  });
}

PgConnection::~PgConnection() {
  try {
    transaction_.reset();
  } catch (...) {
    // Closing a connection whose transaction cannot be aborted: the server aborts it.
  }
}

bool PgConnection::healthy() const { return !broken_ && connection_ && connection_->is_open(); }

const std::string* PgConnection::statement_name(const std::string& sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) return &found->second;
  if (statements_.size() >= kMaxPreparedStatements) return nullptr;
  std::string name = "motcua_" + std::to_string(statements_.size() + 1);
  connection_->prepare(name, sql);
  return &statements_.emplace(sql, std::move(name)).first->second;
}

sql::Rows PgConnection::query(std::string_view sql, const sql::Params& params) {
  if (!transaction_) throw std::logic_error("postgresql: statement outside a transaction");
  return guarded([&] {
    std::vector<std::string> texts;
    texts.reserve(params.size());
    for (const auto& value : params) texts.push_back(value.text());
    std::vector<const char*> pointers;  // nullptr stands for SQL NULL
    pointers.reserve(params.size());
    for (std::size_t i = 0; i < params.size(); ++i)
      pointers.push_back(params[i].is_null() ? nullptr : texts[i].c_str());
    const auto values = pqxx::prepare::make_dynamic_params(pointers);
    const std::string text(sql);
    // Past the cache's bound (list queries vary with their filters), statements run unprepared.
    if (const auto* name = statement_name(text))
      return rows_of(transaction_->exec_prepared(*name, values));
    return rows_of(transaction_->exec_params(text, values));
  });
}

void PgConnection::exec_script(std::string_view sql) {
  if (!transaction_) throw std::logic_error("postgresql: script outside a transaction");
  guarded([&] { transaction_->exec(std::string(sql)); });
}

void PgConnection::begin(sql::Mode mode) {
  guarded([&] {
    transaction_.reset();
    if (mode == sql::Mode::write) {
      transaction_ = std::make_unique<pqxx::work>(*connection_);
    } else if (mode == sql::Mode::glance) {
      // Autocommit: a one-statement read costs one round trip instead of three.
      transaction_ = std::make_unique<pqxx::nontransaction>(*connection_);
    } else {
      // One snapshot for the whole read, as SQLite gives its readers.
      transaction_ = std::make_unique<ReadTransaction>(*connection_);
    }
  });
}

void PgConnection::commit() {
  guarded([&] {
    transaction_->commit();
    transaction_.reset();
  });
}

void PgConnection::rollback() {
  if (!transaction_) return;
  guarded([&] {
    transaction_->abort();
    transaction_.reset();
  });
}

}  // namespace motcua::store::postgres
