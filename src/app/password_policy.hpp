#pragma once
// Requirements §8 password rules as the use cases apply them: composition (core), reuse and age.
#include <optional>
#include <string>
#include <vector>

#include "app/services.hpp"

namespace motcua::app {

// Requirements §8: a new password differs from the last five.
inline constexpr int kPasswordHistory = 5;

// The i18n key of the field message for a password core::check_password refuses, or nothing.
std::optional<std::string> password_error(const std::string& password);

// Whether `user`'s password is older than the maximum age of their roles allows.
bool password_expired(const User& user, const Policy& policy, core::Instant now);

// Whether a session of `user` may only change the password (or log out): the password was set by
// an administrator, or it expired.
bool password_change_required(const User& user, const Policy& policy, core::Instant now);

// Whether `candidate` is the current password or one of the last kPasswordHistory ones (`history`,
// newest first, as argon2id hashes). Slow: one verification per hash, outside any transaction.
bool reuses_recent_password(const Crypto& crypto, const std::string& candidate,
                            const std::string& current_hash,
                            const std::vector<std::string>& history);

// Stores a new password's hash with its history and age, clears a forced change, ends the user's
// sessions and reset links, and audits `action`; returns the updated user.
User store_password(Transaction& tx, long long user_id, const std::string& hash, core::Instant now,
                    const std::string& action, const std::string& ip);

// Requirements §8: a random initial password for an account an administrator creates; it meets the
// composition rule, and the user must change it at first login.
std::string random_initial_password(const Crypto& crypto);

}  // namespace motcua::app
