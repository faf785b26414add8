#include "app/login_lockout.hpp"

#include <algorithm>
#include <cctype>

#include "app/accounts.hpp"

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

}  // namespace motcua::app
