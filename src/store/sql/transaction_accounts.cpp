// Accounts: users with their roles (one row per role, in the order given) and sessions.
#include <map>

#include "store/sql/mapping.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

long long SqlTransaction::insert_user(const app::User& user) {
  static const std::string sql = insert_sql(user_shape());
  auto stored = user;
  stored.id = insert_returning_id(sql, user_params(user));
  write_roles(stored);
  return stored.id;
}

void SqlTransaction::update_user(const app::User& user) {
  written_.accounts = true;
  static const std::string sql = update_sql(user_shape());
  auto params = user_params(user);
  params.emplace_back(user.id);
  db_.exec(sql, params);
  db_.exec("DELETE FROM user_roles WHERE user_id = $1", {user.id});
  write_roles(user);
}

void SqlTransaction::write_roles(const app::User& user) {
  for (std::size_t i = 0; i < user.roles.size(); ++i) {
    db_.exec("INSERT INTO user_roles (user_id, role, position) VALUES ($1, $2, $3)",
             {user.id, std::string(core::role_name(user.roles[i])), static_cast<int>(i)});
  }
}

// Fills the roles of `users` with one query; `user_filter` selects the same users by `params`.
void SqlTransaction::load_roles(std::vector<app::User>& users, const std::string& user_filter,
                                const Params& params) {
  if (users.empty()) return;
  std::map<long long, app::User*> by_id;
  for (auto& user : users) by_id[user.id] = &user;
  const auto rows = db_.query(
      "SELECT user_id, role FROM user_roles WHERE user_id IN (SELECT id FROM users WHERE " +
          user_filter + ") ORDER BY user_id, position",
      params);
  for (const auto& row : rows) {
    const auto role = core::parse_role(row.text(1));
    const auto user = by_id.find(row.integer(0));
    if (role && user != by_id.end()) user->second->roles.push_back(*role);
  }
}

std::optional<app::User> SqlTransaction::find_user_where(const std::string& condition,
                                                         const Value& value) {
  const auto rows = db_.query(
      "SELECT " + select_list(user_shape()) + " FROM users WHERE " + condition + lock_suffix(),
      {value});
  if (rows.empty()) return std::nullopt;
  std::vector<app::User> users{user_from(rows.front())};
  load_roles(users, "id = $1", {users.front().id});
  return users.front();
}

std::optional<app::User> SqlTransaction::find_user(long long id) {
  return find_user_where("id = $1", id);
}

std::optional<app::User> SqlTransaction::find_user_by_username(const std::string& username) {
  return find_user_where("username = $1", username);
}

std::optional<app::User> SqlTransaction::find_user_by_identity(const std::string& subject) {
  return find_user_where("identity_subject = $1", subject);
}

std::vector<app::User> SqlTransaction::list_users_of_unit(long long unit_id) {
  static const std::string sql =
      "SELECT " + select_list(user_shape()) + " FROM users WHERE unit_id = $1 ORDER BY username";
  std::vector<app::User> users;
  for (const auto& row : db_.query(sql, {unit_id})) users.push_back(user_from(row));
  load_roles(users, "unit_id = $1", {unit_id});
  return users;
}

void SqlTransaction::insert_session(const app::Session& s) {
  db_.exec("INSERT INTO sessions (" + std::string(kSessionColumns) +
               ") VALUES ($1, $2, $3, $4, $5, $6, $7)",
           {s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
            s.second_factor_pending});
}

std::optional<app::Session> SqlTransaction::find_session(const std::string& token_hash) {
  const auto rows =
      db_.query("SELECT " + std::string(kSessionColumns) + " FROM sessions WHERE token_hash = $1",
                {token_hash});
  if (rows.empty()) return std::nullopt;
  return session_from(rows.front());
}

void SqlTransaction::touch_session(const std::string& token_hash, core::Instant seen_at) {
  db_.exec("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2", {seen_at, token_hash});
}

void SqlTransaction::delete_session(const std::string& token_hash) {
  written_.accounts = true;
  db_.exec("DELETE FROM sessions WHERE token_hash = $1", {token_hash});
}

void SqlTransaction::delete_sessions_of_user(long long user_id) {
  written_.accounts = true;
  db_.exec("DELETE FROM sessions WHERE user_id = $1", {user_id});
}

std::vector<app::User> SqlTransaction::find_applicants_by_citizen_id(
    const std::string& citizen_id) {
  static const std::string filter =
      "citizen_id = $1 AND active = 1 AND id IN (SELECT user_id FROM user_roles WHERE role IN "
      "('citizen', 'business'))";
  static const std::string sql = "SELECT " + select_list(user_shape()) + " FROM users WHERE " +
                                 filter + " ORDER BY id LIMIT 2";
  std::vector<app::User> users;
  for (const auto& row : db_.query(sql, {citizen_id})) users.push_back(user_from(row));
  load_roles(users, filter, {citizen_id});
  return users;
}

}  // namespace motcua::store::sql
