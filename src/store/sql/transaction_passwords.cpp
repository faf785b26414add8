// Requirements §8 passwords: the hashes of a user's latest passwords and single-use reset links.
#include "store/sql/mapping.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

void SqlTransaction::remember_password(long long user_id, const std::string& password_hash,
                                       core::Instant at, int keep) {
  db_.exec("INSERT INTO password_history (user_id, password_hash, created_at) VALUES ($1, $2, $3)",
           {user_id, password_hash, at});
  db_.exec(
      "DELETE FROM password_history WHERE user_id = $1 AND id NOT IN (SELECT id FROM "
      "password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2)",
      {user_id, keep});
}

std::vector<std::string> SqlTransaction::list_password_history(long long user_id) {
  std::vector<std::string> hashes;
  for (const auto& row :
       db_.query("SELECT password_hash FROM password_history WHERE user_id = $1 ORDER BY id DESC",
                 {user_id}))
    hashes.push_back(row.text(0));
  return hashes;
}

std::vector<app::User> SqlTransaction::find_users_by_email(const std::string& email) {
  static const std::string sql = "SELECT " + select_list(user_shape()) +
                                 " FROM users WHERE email = $1 AND active = 1 ORDER BY id LIMIT 2";
  std::vector<app::User> users;
  for (const auto& row : db_.query(sql, {email})) users.push_back(user_from(row));
  load_roles(users, "email = $1 AND active = 1", {email});
  return users;
}

void SqlTransaction::insert_password_reset(const app::PasswordReset& reset) {
  db_.exec(
      "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) "
      "VALUES ($1, $2, $3, $4)",
      {reset.token_hash, reset.user_id, reset.created_at, reset.expires_at});
}

std::optional<app::PasswordReset> SqlTransaction::find_password_reset(
    const std::string& token_hash) {
  const auto rows = db_.query(
      "SELECT token_hash, user_id, created_at, expires_at FROM password_resets "
      "WHERE token_hash = $1" +
          lock_suffix(),
      {token_hash});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return app::PasswordReset{row.text(0), row.integer(1), row.instant(2), row.instant(3)};
}

void SqlTransaction::delete_password_resets_of_user(long long user_id) {
  db_.exec("DELETE FROM password_resets WHERE user_id = $1", {user_id});
}

}  // namespace motcua::store::sql
