#include "app/password_policy.hpp"

#include <algorithm>

#include "app/errors.hpp"
#include "core/password_rule.hpp"

namespace motcua::app {
namespace {

// The shortest non-zero maximum age among the user's roles, in days; 0 when none expires.
int max_age_days(const User& user, const Policy& policy) {
  int days = 0;
  for (const auto role : user.roles) {
    const auto found = policy.password_max_age_days.find(role);
    if (found == policy.password_max_age_days.end() || found->second <= 0) continue;
    days = days == 0 ? found->second : std::min(days, found->second);
  }
  return days;
}

}  // namespace

std::optional<std::string> password_error(const std::string& password) {
  switch (core::check_password(password)) {
    case core::PasswordProblem::none:
      return std::nullopt;
    case core::PasswordProblem::too_long:
      return "error.password_too_long";
    case core::PasswordProblem::edge_space:
      return "error.password_edge_space";
    case core::PasswordProblem::invalid:
      return "error.password_invalid";
    case core::PasswordProblem::too_short:
    case core::PasswordProblem::weak:
      break;
  }
  return "error.weak_password";
}

bool password_expired(const User& user, const Policy& policy, core::Instant now) {
  const int days = max_age_days(user, policy);
  if (days == 0) return false;
  const auto set_at = user.password_changed_at.value_or(user.created_at);
  return now >= set_at + std::chrono::hours(24) * days;
}

bool password_change_required(const User& user, const Policy& policy, core::Instant now) {
  return user.must_change_password || password_expired(user, policy, now);
}

bool reuses_recent_password(const Crypto& crypto, const std::string& candidate,
                            const std::string& current_hash,
                            const std::vector<std::string>& history) {
  if (crypto.verify_password(candidate, current_hash)) return true;
  const auto count = std::min<std::size_t>(history.size(), kPasswordHistory);
  return std::any_of(history.begin(), history.begin() + static_cast<long>(count),
                     [&](const std::string& hash) {
                       return hash != current_hash && crypto.verify_password(candidate, hash);
                     });
}

User store_password(Transaction& tx, long long user_id, const std::string& hash, core::Instant now,
                    const std::string& action, const std::string& ip) {
  auto user = tx.find_user(user_id);
  if (!user) throw_unauthenticated();
  user->password_hash = hash;
  user->password_changed_at = now;
  user->must_change_password = false;
  tx.update_user(*user);
  tx.remember_password(user->id, hash, now, kPasswordHistory);
  // Requirements §8: a changed password ends every login and every outstanding reset link.
  tx.delete_sessions_of_user(user->id);
  tx.delete_password_resets_of_user(user->id);
  tx.append_audit(AuditEntry{now, user->username, action, user->username, "", ip});
  return *user;
}

std::string random_initial_password(const Crypto& crypto) {
  // 16 URL-safe random characters carry 96 bits; the fixed tail only satisfies the composition
  // rule whatever the random part happens to hold.
  return crypto.random_token().substr(0, 16) + "#7k";
}

}  // namespace motcua::app
