// The outbox, the inbox, cursors and the chained message log of the national connections.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kMessageColumns =
    "id, system, kind, idempotency_key, stream, dossier_id, body, state, attempts, "
    "next_attempt_ms, created_ms, delivered_ms, last_error, answer";

app::OutboxMessage message_from(const Row& row) {
  app::OutboxMessage m;
  m.id = row.integer(0);
  m.system = row.text(1);
  m.kind = row.text(2);
  m.key = row.text(3);
  m.stream = row.text(4);
  m.dossier_id = row.opt_integer(5);
  m.body = row.text(6);
  m.state = row.text(7);
  m.attempts = row.int32(8);
  m.next_attempt_ms = row.integer(9);
  m.created_ms = row.integer(10);
  m.delivered_ms = row.opt_integer(11);
  m.last_error = row.text(12);
  m.answer = row.text(13);
  return m;
}

constexpr const char* kLogColumns =
    "id, message_id, direction, system, kind, message_key, dossier_id, request, status, answer, "
    "at_ms, prev_hash, hash";

app::IntegrationLogEntry log_entry_from(const Row& row) {
  app::IntegrationLogEntry e;
  e.id = row.integer(0);
  e.message_id = row.opt_integer(1);
  e.direction = row.text(2);
  e.system = row.text(3);
  e.kind = row.text(4);
  e.key = row.text(5);
  e.dossier_id = row.opt_integer(6);
  e.request = row.text(7);
  e.status = row.int32(8);
  e.answer = row.text(9);
  e.at_ms = row.integer(10);
  e.prev_hash = row.text(11);
  e.hash = row.text(12);
  return e;
}

}  // namespace

bool SqlTransaction::enqueue_message(const app::OutboxMessage& m) {
  return !db_.query(
                 "INSERT INTO outbox_messages (system, kind, idempotency_key, stream, dossier_id, "
                 "body, state, attempts, next_attempt_ms, created_ms) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) "
                 "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
                 {m.system, m.kind, m.key, m.stream, m.dossier_id, m.body, m.state,
                  m.next_attempt_ms, m.created_ms})
              .empty();
}

std::vector<app::OutboxMessage> SqlTransaction::claim_messages(app::Millis now, app::Millis lease,
                                                               int limit) {
  // The first pending message of each stream only: a later status never overtakes an earlier one.
  const std::string sql = std::string("SELECT ") + kMessageColumns +
                          " FROM outbox_messages o WHERE o.state = 'pending' AND "
                          "o.next_attempt_ms <= $1 AND NOT EXISTS (SELECT 1 FROM outbox_messages p "
                          "WHERE p.stream = o.stream AND p.state = 'pending' AND p.id < o.id) "
                          "ORDER BY o.next_attempt_ms, o.id LIMIT $2" +
                          std::string(dialect_.lock_skipping_held());
  std::vector<app::OutboxMessage> claimed;
  for (const auto& row : db_.query(sql, {now, limit})) {
    auto message = message_from(row);
    message.next_attempt_ms = now + lease;
    db_.exec("UPDATE outbox_messages SET next_attempt_ms = $2 WHERE id = $1",
             {message.id, message.next_attempt_ms});
    claimed.push_back(std::move(message));
  }
  return claimed;
}

namespace {

constexpr std::string_view kSettle =
    "UPDATE outbox_messages SET state = $2, attempts = $3, next_attempt_ms = $4, "
    "delivered_ms = $5, last_error = $6, answer = $7 WHERE id = $1";

}  // namespace

void SqlTransaction::settle_message(const app::OutboxMessage& m) {
  db_.exec(kSettle,
           {m.id, m.state, m.attempts, m.next_attempt_ms, m.delivered_ms, m.last_error, m.answer});
}

// A claim's lease end is its token: a later claim sets a later one, an administrator's change a
// state other than pending or another time.
bool SqlTransaction::settle_claimed_message(const app::OutboxMessage& m,
                                            app::Millis claimed_until) {
  static const std::string sql =
      std::string(kSettle) + " AND state = 'pending' AND next_attempt_ms = $8 RETURNING id";
  return !db_.query(sql, {m.id, m.state, m.attempts, m.next_attempt_ms, m.delivered_ms,
                          m.last_error, m.answer, claimed_until})
              .empty();
}

std::optional<app::OutboxMessage> SqlTransaction::find_outbox_message(long long id) {
  const auto rows = db_.query(std::string("SELECT ") + kMessageColumns +
                                  " FROM outbox_messages WHERE id = $1" + lock_suffix(),
                              {id});
  if (rows.empty()) return std::nullopt;
  return message_from(rows.front());
}

std::optional<app::OutboxMessage> SqlTransaction::find_outbox_message_by_key(
    const std::string& key) {
  const auto rows = db_.query(
      std::string("SELECT ") + kMessageColumns + " FROM outbox_messages WHERE idempotency_key = $1",
      {key});
  if (rows.empty()) return std::nullopt;
  return message_from(rows.front());
}

std::vector<app::OutboxMessage> SqlTransaction::list_outbox(const app::OutboxQuery& query) {
  std::string sql = std::string("SELECT ") + kMessageColumns + " FROM outbox_messages WHERE 1 = 1";
  Params params;
  const auto filter = [&](const std::string& column, Value value) {
    params.push_back(std::move(value));
    sql += " AND " + column + " = $" + std::to_string(params.size());
  };
  if (!query.system.empty()) filter("system", query.system);
  if (!query.state.empty()) filter("state", query.state);
  if (query.dossier_id) filter("dossier_id", *query.dossier_id);
  params.emplace_back(query.limit);
  sql += " ORDER BY id DESC LIMIT $" + std::to_string(params.size());
  std::vector<app::OutboxMessage> messages;
  for (const auto& row : db_.query(sql, params)) messages.push_back(message_from(row));
  return messages;
}

std::vector<app::OutboxCounts> SqlTransaction::count_outbox() {
  std::vector<app::OutboxCounts> counts;
  for (const auto& row :
       db_.query("SELECT system, SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), "
                 "SUM(CASE WHEN state = 'pending' AND attempts > 0 THEN 1 ELSE 0 END), "
                 "SUM(CASE WHEN state = 'parked' THEN 1 ELSE 0 END), "
                 "SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), MAX(delivered_ms), "
                 "(SELECT l.last_error FROM outbox_messages l WHERE l.system = o.system AND "
                 "l.last_error <> '' ORDER BY l.id DESC LIMIT 1) "
                 "FROM outbox_messages o GROUP BY system ORDER BY system",
                 {})) {
    app::OutboxCounts c;
    c.system = row.text(0);
    c.pending = row.integer(1);
    c.failing = row.integer(2);
    c.parked = row.integer(3);
    c.delivered = row.integer(4);
    c.last_delivered_ms = row.opt_integer(5);
    c.last_error = row.is_null(6) ? "" : row.text(6);
    counts.push_back(std::move(c));
  }
  return counts;
}

std::string SqlTransaction::lock_log_head() {
  return db_
      .query("SELECT hash FROM integration_log_head WHERE id = 1" +
                 std::string(dialect_.lock_for_update()),
             {})
      .front()
      .text(0);
}

void SqlTransaction::append_log(const app::IntegrationLogEntry& e) {
  db_.exec(
      "INSERT INTO integration_log (message_id, direction, system, kind, message_key, dossier_id, "
      "request, status, answer, at_ms, prev_hash, hash) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      {e.message_id, e.direction, e.system, e.kind, e.key, e.dossier_id, e.request, e.status,
       e.answer, e.at_ms, e.prev_hash, e.hash});
  db_.exec("UPDATE integration_log_head SET hash = $1 WHERE id = 1", {e.hash});
}

std::vector<app::IntegrationLogEntry> SqlTransaction::list_log(std::optional<long long> dossier_id,
                                                               const std::string& system,
                                                               int limit) {
  std::string sql = std::string("SELECT ") + kLogColumns + " FROM integration_log WHERE 1 = 1";
  Params params;
  if (dossier_id) {
    params.emplace_back(*dossier_id);
    sql += " AND dossier_id = $1";
  }
  if (!system.empty()) {
    params.emplace_back(system);
    sql += " AND system = $" + std::to_string(params.size());
  }
  params.emplace_back(limit);
  sql += " ORDER BY id DESC LIMIT $" + std::to_string(params.size());
  std::vector<app::IntegrationLogEntry> entries;
  for (const auto& row : db_.query(sql, params)) entries.push_back(log_entry_from(row));
  return entries;
}

std::vector<app::IntegrationLogEntry> SqlTransaction::list_log_from(long long after_id, int limit) {
  std::vector<app::IntegrationLogEntry> entries;
  for (const auto& row : db_.query(std::string("SELECT ") + kLogColumns +
                                       " FROM integration_log WHERE id > $1 ORDER BY id LIMIT $2",
                                   {after_id, limit}))
    entries.push_back(log_entry_from(row));
  return entries;
}

bool SqlTransaction::accept_inbound(const std::string& key, const std::string& system,
                                    const std::string& kind, app::Millis at) {
  return !db_.query(
                 "INSERT INTO inbox_messages (message_key, system, kind, received_ms) "
                 "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING message_key",
                 {key, system, kind, at})
              .empty();
}

std::optional<std::string> SqlTransaction::cursor(const std::string& name) {
  const auto rows =
      db_.query("SELECT position FROM integration_cursors WHERE name = $1" + lock_suffix(), {name});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

void SqlTransaction::set_cursor(const std::string& name, const std::string& position) {
  db_.exec(
      "INSERT INTO integration_cursors (name, position) VALUES ($1, $2) "
      "ON CONFLICT (name) DO UPDATE SET position = excluded.position",
      {name, position});
}

void SqlTransaction::insert_oidc_login(const app::OidcLogin& login) {
  db_.exec(
      "INSERT INTO oidc_logins (state, nonce, verifier, return_to, created_at) "
      "VALUES ($1, $2, $3, $4, $5)",
      {login.state, login.nonce, login.verifier, login.return_to, login.created_at});
}

std::optional<app::OidcLogin> SqlTransaction::take_oidc_login(const std::string& state) {
  const auto rows = db_.query(
      "DELETE FROM oidc_logins WHERE state = $1 "
      "RETURNING state, nonce, verifier, return_to, created_at",
      {state});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return app::OidcLogin{row.text(0), row.text(1), row.text(2), row.text(3), row.instant(4)};
}

}  // namespace motcua::store::sql
