#pragma once
// Accounts: citizen self-registration, login with lockout, sessions and official accounts.
#include <optional>
#include <string>
#include <vector>

#include "app/services.hpp"

namespace motcua::app {

// What a session must do before it may do anything else (requirements §8), in the order they
// are asked: give the one-time code, change the password, enrol in two-factor login.
enum class SessionGate { open, second_factor, password_change, two_factor_enrolment };

struct Principal {
  User user;
  Session session;
  // Requirements §8: the password was set by an administrator or expired; until it is changed the
  // session may only change it or log out.
  bool password_change_required = false;

  SessionGate gate() const;
};

struct RegisterInput {
  std::string username;
  std::string password;
  std::string full_name;
  std::string email;
  std::string phone;
  std::string citizen_id;
  bool business = false;
  std::string tax_code = {};  // a business's mã số thuế (profile.hpp checks its form)
};

struct NewUser {
  std::string username;
  std::string password;
  std::string full_name;
  std::string email;
  std::vector<core::Role> roles;
  std::string unit_code;  // required for officials
  // Requirements §8: an administrator's chosen password is changed at first login. Only the demo
  // accounts, whose password is published, are exempt.
  bool temporary_password = true;
  // Requirements §8: the policy's roles (administrators and leaders) must enrol in two-factor
  // login before they work; demo accounts are exempt until an administrator turns it on.
  bool apply_two_factor_policy = true;
};

struct LoginResult {
  std::string token;  // bearer token and session cookie value; only its hash is stored
  User user;
  Session session;
  bool password_change_required = false;  // as in Principal
  // The password was right; the session is pending until the one-time code is given.
  bool second_factor_required = false;
};

class Accounts {
 public:
  explicit Accounts(Services& services) : services_(services) {}

  User register_applicant(const RegisterInput& input, const std::string& ip);
  // Requirements §8 lockout per (user name, client address `ip`): see login_lockout.hpp.
  LoginResult login(const std::string& username, const std::string& password,
                    const std::string& ip);
  // Administrators: lifts every address's lockout of `username`; returns how many there were.
  long long unlock(const Principal& admin, const std::string& username, const std::string& ip);
  void logout(const std::string& token);
  // The session's owner if the token is valid and not idle too long; refreshes the idle timer.
  std::optional<Principal> authenticate(const std::string& token);
  // Officials and administrators: by an administrator, or by the CLI (actor "cli").
  User create_user(const NewUser& input, const std::string& actor);
  void update_profile(const Principal& who, const RegisterInput& input);
  // checks the current password, stores the new one, ends every session of the user and
  // opens a fresh one for the caller (requirements §8: a changed password locks out old logins).
  LoginResult change_password(const Principal& who, const std::string& current,
                              const std::string& next, const std::string& confirm,
                              const std::string& ip);

 private:
  Services& services_;
};

std::string token_hash(const std::string& token);
// Opens a session for `user`: a full one, or, when the account uses two-factor login and the
// password was just checked, one that only waits minutes for the one-time code.
LoginResult open_session(Transaction& tx, const Services& services, User user,
                         bool second_factor_pending);
// Requirements §8: unique user names of letters, digits and '_'.
bool is_valid_username(const std::string& username);

}  // namespace motcua::app
