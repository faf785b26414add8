#include "app/login_lockout.hpp"

#include <algorithm>
#include <cctype>

#include "app/accounts.hpp"
#include "app/errors.hpp"

namespace motcua::app {

std::optional<core::Instant> login_locked_until(const std::optional<LoginFailures>& failures,
                                                core::Instant now) {
  if (!failures || !failures->locked_until || *failures->locked_until <= now) return std::nullopt;
  return failures->locked_until;
}

LoginFailures after_login_failure(const std::optional<LoginFailures>& previous,
                                  const std::string& username, const std::string& address,
                                  core::Instant now, const Policy& policy) {
  LoginFailures next = previous.value_or(LoginFailures{username, address});
  next.count += 1;
  next.last_failed_at = now;
  const int beyond = next.count - policy.max_failed_logins;
  if (beyond < 0) return next;
  const auto longest = std::chrono::duration_cast<std::chrono::seconds>(policy.longest_lockout);
  auto lock = std::chrono::duration_cast<std::chrono::seconds>(policy.lockout);
  for (int i = 0; i < beyond && lock < longest; ++i) lock *= 2;
  next.locked_until = now + std::min(lock, longest);
  return next;
}

std::string login_key(const std::string& typed_username) {
  std::string name = typed_username;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return is_valid_username(name) ? name : "";
}

void record_login_failure(Services& services, const std::string& key, const std::string& ip,
                          core::Instant now) {
  services.store.write([&](Transaction& tx) {
    const auto previous = tx.find_login_failures(key, ip);
    const auto next = after_login_failure(previous, key, ip, now, services.policy);
    tx.save_login_failures(next);
    tx.purge_login_failures(now - services.policy.longest_lockout);
    tx.append_audit(AuditEntry{now, key, "login_failed", key, "", ip});
    if (next.locked_until) tx.append_audit(AuditEntry{now, key, "lockout", key, "", ip});
  });
}

void throw_login_locked(core::Instant until, core::Instant now) {
  AppError error(ErrorKind::locked, "account_locked", "error.account_locked");
  error.params["until"] = core::format_display(until);
  error.params["retry_after"] = std::to_string((until - now).count());
  throw error;
}

}  // namespace motcua::app
