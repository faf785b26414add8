#pragma once
// Accounts and their security records: users, sessions, failed sign-ins per address, password
// history and reset links, and the audit log (requirements §8).
#include <optional>
#include <string>
#include <vector>

#include "app/ports/login_records.hpp"
#include "app/ports/records.hpp"
#include "core/time.hpp"

namespace motcua::app {

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;

  // Accounts.
  virtual long long insert_user(const User& user) = 0;  // throws StoreConflict on a taken username
  virtual void update_user(const User& user) = 0;
  virtual std::optional<User> find_user(long long id) = 0;
  virtual std::optional<User> find_user_by_username(const std::string& username) = 0;
  virtual std::vector<User> list_users_of_unit(long long unit_id) = 0;

  virtual void insert_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_hash) = 0;
  virtual void touch_session(const std::string& token_hash, core::Instant seen_at) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
  virtual void delete_sessions_of_user(long long user_id) = 0;

  // Failed sign-ins per (user name, client address), shared by every server process.
  virtual std::optional<LoginFailures> find_login_failures(const std::string& username,
                                                           const std::string& address) = 0;
  virtual void save_login_failures(const LoginFailures& failures) = 0;  // inserts or replaces
  // Forgets the failures of `username` from `address`, or from every address when it is "";
  // returns how many addresses were forgotten.
  virtual long long clear_login_failures(const std::string& username,
                                         const std::string& address) = 0;
  // Forgets the failures last seen before `before` whose lock, if any, has run out by then.
  virtual void purge_login_failures(core::Instant before) = 0;
  // Passwords (requirements §8): the hashes a user may not reuse, newest first, and reset links.
  // Remembering a hash forgets all but the newest `keep`.
  virtual void remember_password(long long user_id, const std::string& password_hash,
                                 core::Instant at, int keep) = 0;
  virtual std::vector<std::string> list_password_history(long long user_id) = 0;
  // The active users with this exact e-mail address (a reset is sent only when there is one).
  virtual std::vector<User> find_users_by_email(const std::string& email) = 0;
  // The active citizen and business accounts with this personal ID number (at most two read: the
  // desk links a dossier to the account only when exactly one matches).
  virtual std::vector<User> find_applicants_by_citizen_id(const std::string& citizen_id) = 0;
  // The account linked to an electronic identity (VNeID's subject).
  virtual std::optional<User> find_user_by_identity(const std::string& subject) = 0;
  virtual void insert_password_reset(const PasswordReset& reset) = 0;
  virtual std::optional<PasswordReset> find_password_reset(const std::string& token_hash) = 0;
  virtual void delete_password_resets_of_user(long long user_id) = 0;
  // Two-factor login: records that the one-time code of `step` was used, unless that step or a
  // later one already was (false: a replayed code, refused).
  virtual bool advance_totp_step(long long user_id, long long step) = 0;
  // One-time recovery codes, hashes only: a new set replaces the old; a used code is deleted
  // (false when it was not there, or already used by a concurrent request).
  virtual void replace_recovery_codes(long long user_id,
                                      const std::vector<std::string>& code_hashes) = 0;
  virtual bool use_recovery_code(long long user_id, const std::string& code_hash) = 0;
  virtual long long count_recovery_codes(long long user_id) = 0;

  // The audit log of security and administration events.
  virtual void append_audit(const AuditEntry& entry) = 0;
  virtual std::vector<AuditEntry> list_audit(const AuditQuery& query) = 0;
};

}  // namespace motcua::app
