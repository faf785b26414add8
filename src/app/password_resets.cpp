#include "app/password_resets.hpp"

#include <algorithm>
#include <cctype>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/password_policy.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

[[noreturn]] void throw_invalid_link() {
  throw AppError(ErrorKind::invalid_input, "reset_link_invalid", "error.reset_link_invalid");
}

// The one active account `login` names: by user name, or by an e-mail address only one uses.
std::optional<User> find_account(Transaction& tx, const std::string& login) {
  if (login.find('@') != std::string::npos) {
    auto users = tx.find_users_by_email(login);
    if (users.size() == 1) return users.front();
    return std::nullopt;
  }
  std::string username = login;
  std::transform(username.begin(), username.end(), username.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto user = tx.find_user_by_username(username);
  if (user && user->active) return user;
  return std::nullopt;
}

}  // namespace

void PasswordResets::request(const std::string& login, const std::string& ip) {
  const auto wanted = core::trim(login);
  if (wanted.empty() || wanted.size() > 254) throw_invalid({{"login", "error.required"}});
  if (services_.account_notifier == nullptr) return;
  const auto now = services_.clock.now();
  const auto token = services_.crypto.random_token();
  std::optional<User> user;
  PasswordReset reset{token_hash(token), 0, now, now + services_.policy.password_reset_validity};
  services_.store.write([&](Transaction& tx) {
    user = find_account(tx, wanted);
    if (!user) return;
    reset.user_id = user->id;
    tx.delete_password_resets_of_user(user->id);  // only the latest link works
    tx.insert_password_reset(reset);
    tx.append_audit(
        AuditEntry{now, user->username, "password_reset_request", user->username, "", ip});
  });
  if (user) services_.account_notifier->send_password_reset(*user, token, reset.expires_at);
}

bool PasswordResets::link_valid(const std::string& token) {
  if (token.empty() || token.size() > 128) return false;
  const auto now = services_.clock.now();
  bool valid = false;
  services_.store.read([&](Transaction& tx) {
    const auto reset = tx.find_password_reset(token_hash(token));
    if (!reset || reset->expires_at <= now) return;
    const auto user = tx.find_user(reset->user_id);
    valid = user && user->active;
  });
  return valid;
}

void PasswordResets::complete(const std::string& token, const std::string& next,
                              const std::string& confirm, const std::string& ip) {
  if (token.empty() || token.size() > 128) throw_invalid_link();
  if (auto problem = password_error(next)) throw_invalid({{"new_password", *problem}});
  if (confirm != next) throw_invalid({{"confirm_password", "account.error.password_mismatch"}});
  const auto hash_of_token = token_hash(token);
  const auto now = services_.clock.now();
  std::optional<User> user;
  std::vector<std::string> history;
  services_.store.read([&](Transaction& tx) {
    const auto reset = tx.find_password_reset(hash_of_token);
    if (!reset || reset->expires_at <= now) return;
    user = tx.find_user(reset->user_id);
    if (user) history = tx.list_password_history(user->id);
  });
  if (!user || !user->active) throw_invalid_link();
  if (reuses_recent_password(services_.crypto, next, user->password_hash, history))
    throw_invalid({{"new_password", "account.error.recent_password"}});
  const auto hash = services_.crypto.hash_password(next);  // slow: outside the transaction
  services_.store.write([&](Transaction& tx) {
    // Checked again under the lock: of two uses at once, only one finds the link.
    const auto reset = tx.find_password_reset(hash_of_token);
    if (!reset || reset->expires_at <= now || reset->user_id != user->id) throw_invalid_link();
    store_password(tx, user->id, hash, now, "password_reset", ip);
  });
}

}  // namespace motcua::app
