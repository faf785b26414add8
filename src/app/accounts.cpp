#include "app/accounts.hpp"

#include <algorithm>
#include <cctype>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/login_lockout.hpp"
#include "app/password_policy.hpp"
#include "app/profile.hpp"
#include "core/form.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

void audit(Transaction& tx, core::Instant at, std::string actor, std::string action,
           std::string target, std::string ip, std::string detail = {}) {
  tx.append_audit(AuditEntry{at, std::move(actor), std::move(action), std::move(target),
                             std::move(detail), std::move(ip)});
}

std::map<std::string, std::string> registration_errors(const RegisterInput& in) {
  std::map<std::string, std::string> errors;
  if (!is_valid_username(lower(in.username))) errors["username"] = "error.username";
  if (auto problem = password_error(in.password)) errors["password"] = *problem;
  if (core::trim(in.full_name).empty()) errors["full_name"] = "error.required";
  if (core::trim(in.full_name).size() > 200) errors["full_name"] = "error.too_long";
  if (!in.email.empty() && !core::is_valid_email(in.email)) errors["email"] = "error.email";
  if (!in.phone.empty() && !core::is_valid_phone(in.phone)) errors["phone"] = "error.phone";
  if (!in.citizen_id.empty() && !core::is_valid_citizen_id(in.citizen_id))
    errors["citizen_id"] = "error.citizen_id";
  if (!core::trim(in.tax_code).empty() && !is_valid_tax_code(core::trim(in.tax_code)))
    errors["tax_code"] = "account.error.tax_code";
  return errors;
}

}  // namespace

std::string token_hash(const std::string& token) { return core::sha256_hex(token); }

bool is_valid_username(const std::string& username) {
  if (username.size() < 3 || username.size() > 32) return false;
  return std::all_of(username.begin(), username.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '_';
  });
}

User Accounts::register_applicant(const RegisterInput& input, const std::string& ip) {
  if (auto errors = registration_errors(input); !errors.empty()) throw_invalid(errors);
  User user;
  user.username = lower(input.username);
  user.password_hash = services_.crypto.hash_password(input.password);
  user.full_name = core::trim(input.full_name);
  user.email = core::trim(input.email);
  user.phone = core::trim(input.phone);
  user.citizen_id = core::trim(input.citizen_id);
  user.tax_code = core::trim(input.tax_code);
  user.roles = {input.business ? core::Role::business : core::Role::citizen};
  user.created_at = services_.clock.now();
  user.password_changed_at = user.created_at;
  try {
    services_.store.write([&](Transaction& tx) {
      user.id = tx.insert_user(user);
      tx.remember_password(user.id, user.password_hash, user.created_at, kPasswordHistory);
      audit(tx, user.created_at, user.username, "register", user.username, ip);
    });
  } catch (const StoreConflict&) {
    throw AppError(ErrorKind::invalid_input, "invalid_input", "error.invalid_input",
                   {{"username", "error.username_taken"}});
  }
  return user;
}

LoginResult Accounts::login(const std::string& username, const std::string& password,
                            const std::string& ip) {
  const auto now = services_.clock.now();
  const auto key = login_key(username);
  std::optional<User> user;
  std::optional<LoginFailures> failures;
  services_.store.read([&](Transaction& tx) {
    if (!key.empty()) user = tx.find_user_by_username(key);
    failures = tx.find_login_failures(key, ip);
  });
  // Refused before any hashing, so a locked-out guesser costs the server almost nothing.
  if (const auto until = login_locked_until(failures, now)) throw_login_locked(*until, now);
  // Verifying against a real hash when the user does not exist keeps the response time the same,
  // so timing does not reveal which user names exist.
  static const std::string dummy_hash = services_.crypto.hash_password("not-a-password-1!");
  const bool ok =
      services_.crypto.verify_password(password, user ? user->password_hash : dummy_hash);
  if (!user || !ok || !user->active) {
    record_login_failure(services_, key, ip, now);
    throw AppError(ErrorKind::unauthenticated, "invalid_credentials", "error.invalid_credentials");
  }
  LoginResult result;
  services_.store.write([&](Transaction& tx) {
    auto fresh = tx.find_user(user->id);
    if (!fresh) throw_unauthenticated();
    tx.clear_login_failures(key, ip);
    audit(tx, now, fresh->username, "login", fresh->username, ip);
    const bool second_factor = fresh->totp_enabled;
    result = open_session(tx, services_, *fresh, second_factor);
  });
  return result;
}

long long Accounts::unlock(const Principal& admin, const std::string& username,
                           const std::string& ip) {
  require_admin(admin);
  const auto name = lower(username);
  long long addresses = 0;
  services_.store.write([&](Transaction& tx) {
    if (!tx.find_user_by_username(name)) throw_not_found("user");
    addresses = tx.clear_login_failures(name, "");
    audit(tx, services_.clock.now(), admin.user.username, "unlock", name, ip);
  });
  return addresses;
}

LoginResult open_session(Transaction& tx, const Services& services, User user,
                         bool second_factor_pending) {
  const auto now = services.clock.now();
  LoginResult result;
  result.token = services.crypto.random_token();
  result.session.token_hash = token_hash(result.token);
  result.session.user_id = user.id;
  result.session.csrf_token = services.crypto.random_token();
  result.session.created_at = now;
  result.session.last_seen_at = now;
  result.session.expires_at =
      now + (second_factor_pending
                 ? services.policy.second_factor_window
                 : std::chrono::duration_cast<std::chrono::seconds>(services.policy.session_max));
  result.session.second_factor_pending = second_factor_pending;
  tx.insert_session(result.session);
  result.password_change_required = password_change_required(user, services.policy, now);
  result.second_factor_required = second_factor_pending;
  result.user = std::move(user);
  return result;
}

SessionGate Principal::gate() const {
  if (session.second_factor_pending) return SessionGate::second_factor;
  if (password_change_required) return SessionGate::password_change;
  if (user.two_factor_required && !user.totp_enabled) return SessionGate::two_factor_enrolment;
  return SessionGate::open;
}

void Accounts::logout(const std::string& token) {
  services_.store.write([&](Transaction& tx) { tx.delete_session(token_hash(token)); });
}

std::optional<Principal> Accounts::authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto now = services_.clock.now();
  const auto hash = token_hash(token);
  std::optional<Principal> principal;
  bool expired = false;
  // The session and its user stand alone: no common snapshot is needed.
  services_.store.glance([&](Transaction& tx) {
    auto session = tx.find_session(hash);
    if (!session) return;
    if (session->expires_at <= now ||
        session->last_seen_at + services_.policy.session_idle <= now) {
      expired = true;
      return;
    }
    auto user = tx.find_user(session->user_id);
    if (user && user->active)
      principal =
          Principal{*user, *session, password_change_required(*user, services_.policy, now)};
  });
  if (expired) {
    services_.store.write([&](Transaction& tx) { tx.delete_session(hash); });
    return std::nullopt;
  }
  // Refresh the idle timer at most once a minute: most requests then stay read-only.
  if (principal && now - principal->session.last_seen_at >= std::chrono::minutes(1)) {
    services_.store.write([&](Transaction& tx) { tx.touch_session(hash, now); });
  }
  return principal;
}

User Accounts::create_user(const NewUser& input, const std::string& actor) {
  std::map<std::string, std::string> errors;
  if (!is_valid_username(lower(input.username))) errors["username"] = "error.username";
  if (auto problem = password_error(input.password)) errors["password"] = *problem;
  if (input.roles.empty()) errors["roles"] = "error.required";
  // Requirements §8: every official account is tied to a unit; the administrator is not.
  const bool needs_unit = std::any_of(input.roles.begin(), input.roles.end(), [](core::Role r) {
    return core::is_official(r) && r != core::Role::admin;
  });
  if (needs_unit && input.unit_code.empty()) errors["unit"] = "error.required";
  if (!errors.empty()) throw_invalid(errors);
  User user;
  user.username = lower(input.username);
  user.password_hash = services_.crypto.hash_password(input.password);
  user.full_name = input.full_name.empty() ? user.username : input.full_name;
  user.email = input.email;
  user.roles = input.roles;
  user.created_at = services_.clock.now();
  user.password_changed_at = user.created_at;
  user.must_change_password = input.temporary_password;
  user.two_factor_required = input.apply_two_factor_policy &&
                             std::any_of(input.roles.begin(), input.roles.end(), [&](core::Role r) {
                               return services_.policy.two_factor_roles.contains(r);
                             });
  try {
    services_.store.write([&](Transaction& tx) {
      if (!input.unit_code.empty()) {
        auto unit = tx.find_unit_by_code(input.unit_code);
        if (!unit) throw_invalid({{"unit", "error.unknown_unit"}});
        user.unit_id = unit->id;
      }
      user.id = tx.insert_user(user);
      tx.remember_password(user.id, user.password_hash, user.created_at, kPasswordHistory);
      audit(tx, user.created_at, actor, "user_add", user.username, "");
    });
  } catch (const StoreConflict&) {
    throw_invalid({{"username", "error.username_taken"}});
  }
  return user;
}

void Accounts::update_profile(const Principal& who, const RegisterInput& input) {
  std::map<std::string, std::string> errors;
  if (core::trim(input.full_name).empty()) errors["full_name"] = "error.required";
  if (!input.email.empty() && !core::is_valid_email(input.email)) errors["email"] = "error.email";
  if (!input.phone.empty() && !core::is_valid_phone(input.phone)) errors["phone"] = "error.phone";
  if (!input.citizen_id.empty() && !core::is_valid_citizen_id(input.citizen_id))
    errors["citizen_id"] = "error.citizen_id";
  if (!errors.empty()) throw_invalid(errors);
  services_.store.write([&](Transaction& tx) {
    auto user = tx.find_user(who.user.id);
    if (!user) throw_unauthenticated();
    user->full_name = core::trim(input.full_name);
    user->email = core::trim(input.email);
    user->phone = core::trim(input.phone);
    user->citizen_id = core::trim(input.citizen_id);
    tx.update_user(*user);
  });
}

LoginResult Accounts::change_password(const Principal& who, const std::string& current,
                                      const std::string& next, const std::string& confirm,
                                      const std::string& ip) {
  std::map<std::string, std::string> errors;
  if (current.empty()) errors["current_password"] = "error.required";
  if (auto problem = password_error(next)) {
    errors["new_password"] = *problem;
  } else if (next == current) {
    errors["new_password"] = "account.error.same_password";
  } else if (confirm != next) {
    errors["confirm_password"] = "account.error.password_mismatch";
  }
  if (!errors.empty()) throw_invalid(errors);
  std::optional<User> user;
  std::vector<std::string> history;
  services_.store.read([&](Transaction& tx) {
    user = tx.find_user(who.user.id);
    if (user) history = tx.list_password_history(user->id);
  });
  if (!user) throw_unauthenticated();
  const auto now = services_.clock.now();
  if (!services_.crypto.verify_password(current, user->password_hash)) {
    services_.store.write([&](Transaction& tx) {
      audit(tx, now, user->username, "password_change_failed", user->username, ip);
    });
    throw_invalid({{"current_password", "account.error.wrong_password"}});
  }
  if (reuses_recent_password(services_.crypto, next, user->password_hash, history))
    throw_invalid({{"new_password", "account.error.recent_password"}});
  const auto hash = services_.crypto.hash_password(next);  // slow: outside the transaction
  LoginResult result;
  services_.store.write([&](Transaction& tx) {
    result = open_session(
        tx, services_,
        store_password(tx, who.user.id, hash, services_.clock.now(), "password_change", ip), false);
  });
  return result;
}

}  // namespace motcua::app
