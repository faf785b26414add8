// Requirements §8 two-factor login: the last one-time-code step used per user and the recovery
// codes (hashes only) (migration 9).
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

// One conditional statement, so two requests carrying the same code cannot both pass, on either
// store, whatever the isolation level.
bool SqlTransaction::advance_totp_step(long long user_id, long long step) {
  return !db_.query(
                 "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2 "
                 "RETURNING id",
                 {user_id, step})
              .empty();
}

void SqlTransaction::replace_recovery_codes(long long user_id,
                                            const std::vector<std::string>& hashes) {
  db_.exec("DELETE FROM recovery_codes WHERE user_id = $1", {user_id});
  for (const auto& hash : hashes)
    db_.exec("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)", {user_id, hash});
}

bool SqlTransaction::use_recovery_code(long long user_id, const std::string& code_hash) {
  return !db_.query(
                 "DELETE FROM recovery_codes WHERE user_id = $1 AND code_hash = $2 "
                 "RETURNING user_id",
                 {user_id, code_hash})
              .empty();
}

long long SqlTransaction::count_recovery_codes(long long user_id) {
  return db_.query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1", {user_id})
      .front()
      .integer(0);
}

}  // namespace motcua::store::sql
