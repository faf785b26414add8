// failed sign-ins per (user name, client address) (migration 7).
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

std::optional<app::LoginFailures> SqlTransaction::find_login_failures(const std::string& username,
                                                                      const std::string& address) {
  const auto rows = db_.query(
      "SELECT failures, last_failed_at, locked_until FROM login_failures "
      "WHERE username = $1 AND address = $2" +
          lock_suffix(),
      {username, address});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return app::LoginFailures{username, address, static_cast<int>(row.integer(0)), row.instant(1),
                            row.opt_instant(2)};
}

void SqlTransaction::save_login_failures(const app::LoginFailures& f) {
  db_.exec(
      "INSERT INTO login_failures (username, address, failures, last_failed_at, locked_until) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username, address) DO UPDATE SET "
      "failures = excluded.failures, last_failed_at = excluded.last_failed_at, "
      "locked_until = excluded.locked_until",
      {f.username, f.address, f.count, f.last_failed_at, f.locked_until});
}

long long SqlTransaction::clear_login_failures(const std::string& username,
                                               const std::string& address) {
  const std::string condition =
      address.empty() ? "username = $1" : "username = $1 AND address = $2";
  const Params params = address.empty() ? Params{username} : Params{username, address};
  const auto rows = db_.query("SELECT COUNT(*) FROM login_failures WHERE " + condition, params);
  db_.exec("DELETE FROM login_failures WHERE " + condition, params);
  return rows.front().integer(0);
}

void SqlTransaction::purge_login_failures(core::Instant before) {
  db_.exec(
      "DELETE FROM login_failures WHERE last_failed_at < $1 "
      "AND (locked_until IS NULL OR locked_until < $1)",
      {before});
}

}  // namespace motcua::store::sql
