#include "app/two_factor.hpp"

#include <algorithm>
#include <cctype>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/login_lockout.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "core/totp.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kSecretBytes = 20;    // RFC 4226 §4: 160 bits
constexpr std::size_t kRecoveryChars = 10;  // 50 bits each, in two groups of five
constexpr std::size_t kLongestCode = 64;    // anything longer is not a code: refused unread

void audit(Transaction& tx, const Services& services, const std::string& actor,
           const std::string& action, const std::string& target, const std::string& ip) {
  tx.append_audit(AuditEntry{services.clock.now(), actor, action, target, "", ip});
}

std::string random_bytes(const Crypto& crypto, std::size_t count) {
  std::string bytes;
  while (bytes.size() < count) {
    core::Sha256 digest;
    digest.update(crypto.random_token());
    for (const auto b : digest.finish()) bytes.push_back(static_cast<char>(b));
  }
  bytes.resize(count);
  return bytes;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// What the user typed, without the spaces and hyphens people put in codes, lower case.
std::string normalized_code(const std::string& typed) {
  std::string code;
  for (const unsigned char c : typed)
    if (c != ' ' && c != '-') code.push_back(static_cast<char>(std::tolower(c)));
  return code;
}

bool is_six_digits(const std::string& code) {
  return code.size() == 6 && std::all_of(code.begin(), code.end(),
                                         [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string recovery_code_hash(const std::string& normalized) {
  return core::sha256_hex("recovery:" + normalized);
}

std::vector<std::string> new_recovery_codes(const Crypto& crypto) {
  std::vector<std::string> codes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) {
    auto code = lower(core::base32_encode(random_bytes(crypto, 8))).substr(0, kRecoveryChars);
    codes.push_back(code.substr(0, kRecoveryChars / 2) + "-" + code.substr(kRecoveryChars / 2));
  }
  return codes;
}

User fresh_user(Transaction& tx, long long id) {
  auto user = tx.find_user(id);
  if (!user) throw_unauthenticated();
  return *user;
}

User user_named(Transaction& tx, const std::string& username) {
  auto user = tx.find_user_by_username(lower(username));
  if (!user) throw_not_found("user");
  return *user;
}

[[noreturn]] void throw_wrong_code() {
  throw AppError(ErrorKind::invalid_input, "invalid_code", "account.error.wrong_code",
                 {{"code", "account.error.wrong_code"}});
}

}  // namespace

std::string otpauth_uri(const std::string& issuer, const std::string& username,
                        const std::string& secret_base32) {
  return "otpauth://totp/" + core::percent_encode(issuer + ":" + username) +
         "?secret=" + secret_base32 + "&issuer=" + core::percent_encode(issuer) +
         "&algorithm=SHA1&digits=6&period=" + std::to_string(core::kTotpStepSeconds);
}

TwoFactorEnrolment TwoFactor::enrolment_of(const User& user, const std::string& secret) const {
  const auto issuer =
      services_.policy.authority_name.empty() ? "motcua" : services_.policy.authority_name;
  return {secret, otpauth_uri(issuer, user.username, secret)};
}

std::optional<TwoFactorEnrolment> TwoFactor::pending_enrolment(const Principal& who) {
  std::optional<User> user;
  services_.store.read([&](Transaction& tx) { user = fresh_user(tx, who.user.id); });
  if (user->totp_enabled || user->totp_secret.empty()) return std::nullopt;
  return enrolment_of(*user, user->totp_secret);
}

TwoFactorStatus TwoFactor::status(const Principal& who) {
  TwoFactorStatus status;
  services_.store.read([&](Transaction& tx) {
    const auto user = fresh_user(tx, who.user.id);
    status.enabled = user.totp_enabled;
    status.required = user.two_factor_required;
    status.enrolling = !user.totp_enabled && !user.totp_secret.empty();
    status.recovery_codes_left = user.totp_enabled ? tx.count_recovery_codes(user.id) : 0;
  });
  return status;
}

void TwoFactor::check_password(const User& user, const std::string& password,
                               const std::string& ip) {
  if (services_.crypto.verify_password(password, user.password_hash)) return;
  services_.store.write(
      [&](Transaction& tx) { audit(tx, services_, user.username, "two_factor_denied", "", ip); });
  throw_invalid({{"password", "account.error.wrong_password"}});
}

TwoFactorEnrolment TwoFactor::begin(const Principal& who, const std::string& password,
                                    const std::string& ip) {
  std::optional<User> user;
  services_.store.read([&](Transaction& tx) { user = fresh_user(tx, who.user.id); });
  if (user->totp_enabled)
    throw AppError(ErrorKind::conflict, "two_factor_enabled", "account.error.two_factor_enabled");
  check_password(*user, password, ip);
  const auto enrolment =
      enrolment_of(*user, core::base32_encode(random_bytes(services_.crypto, kSecretBytes)));
  services_.store.write([&](Transaction& tx) {
    auto current = fresh_user(tx, who.user.id);
    current.totp_secret = enrolment.secret;
    tx.update_user(current);
    audit(tx, services_, current.username, "two_factor_enrol", current.username, ip);
  });
  return enrolment;
}

std::vector<std::string> TwoFactor::confirm(const Principal& who, const std::string& code,
                                            const std::string& ip) {
  const auto codes = new_recovery_codes(services_.crypto);
  services_.store.write([&](Transaction& tx) {
    auto user = fresh_user(tx, who.user.id);
    if (user.totp_enabled)
      throw AppError(ErrorKind::conflict, "two_factor_enabled", "account.error.two_factor_enabled");
    const auto secret = core::base32_decode(user.totp_secret);
    if (user.totp_secret.empty() || !secret)
      throw AppError(ErrorKind::conflict, "two_factor_not_started",
                     "account.error.two_factor_not_started");
    const auto typed = normalized_code(code);
    const auto step =
        typed.size() <= kLongestCode
            ? core::totp_match(*secret, typed, services_.clock.now().time_since_epoch().count())
            : std::nullopt;
    if (!step) throw_wrong_code();
    user.totp_enabled = true;
    user.totp_last_step = *step;
    tx.update_user(user);
    std::vector<std::string> hashes;
    for (const auto& c : codes) hashes.push_back(recovery_code_hash(normalized_code(c)));
    tx.replace_recovery_codes(user.id, hashes);
    audit(tx, services_, user.username, "two_factor_on", user.username, ip);
  });
  return codes;
}

void TwoFactor::disable(const Principal& who, const std::string& password, const std::string& ip) {
  std::optional<User> user;
  services_.store.read([&](Transaction& tx) { user = fresh_user(tx, who.user.id); });
  if (user->two_factor_required)
    throw AppError(ErrorKind::forbidden, "two_factor_required",
                   "account.error.two_factor_required");
  check_password(*user, password, ip);
  services_.store.write([&](Transaction& tx) {
    auto current = fresh_user(tx, who.user.id);
    current.totp_secret.clear();
    current.totp_enabled = false;
    tx.update_user(current);
    tx.replace_recovery_codes(current.id, {});
    audit(tx, services_, current.username, "two_factor_off", current.username, ip);
  });
}

bool TwoFactor::code_accepted(Transaction& tx, const User& user, const std::string& code) {
  const auto typed = normalized_code(code);
  if (typed.empty() || typed.size() > kLongestCode) return false;
  if (!is_six_digits(typed)) return tx.use_recovery_code(user.id, recovery_code_hash(typed));
  const auto secret = core::base32_decode(user.totp_secret);
  if (!secret) return false;
  const auto step =
      core::totp_match(*secret, typed, services_.clock.now().time_since_epoch().count());
  return step && tx.advance_totp_step(user.id, *step);
}

LoginResult TwoFactor::complete_login(const std::string& token, const std::string& code,
                                      const std::string& ip) {
  const auto now = services_.clock.now();
  const auto hash = token_hash(token);
  std::optional<User> user;
  std::optional<LoginFailures> failures;
  services_.store.read([&](Transaction& tx) {
    const auto session = tx.find_session(hash);
    if (!session || !session->second_factor_pending || session->expires_at <= now) return;
    user = tx.find_user(session->user_id);
    if (user) failures = tx.find_login_failures(user->username, ip);
  });
  if (!user || !user->active || !user->totp_enabled)
    throw AppError(ErrorKind::unauthenticated, "second_factor_expired",
                   "error.second_factor_expired");
  if (const auto until = login_locked_until(failures, now)) throw_login_locked(*until, now);
  LoginResult result;
  bool accepted = false;
  services_.store.write([&](Transaction& tx) {
    accepted = code_accepted(tx, *user, code);
    if (!accepted) return;
    tx.delete_session(hash);
    tx.clear_login_failures(user->username, ip);
    audit(tx, services_, user->username, "login_second_factor", user->username, ip);
    result = open_session(tx, services_, fresh_user(tx, user->id), false);
  });
  if (accepted) return result;
  record_login_failure(services_, user->username, ip, now);
  throw AppError(ErrorKind::unauthenticated, "invalid_code", "account.error.wrong_code");
}

TwoFactorStatus TwoFactor::set_required(const Principal& admin, const std::string& username,
                                        bool required, const std::string& ip) {
  require_admin(admin);
  TwoFactorStatus status;
  services_.store.write([&](Transaction& tx) {
    auto user = user_named(tx, username);
    user.two_factor_required = required;
    tx.update_user(user);
    audit(tx, services_, admin.user.username,
          required ? "two_factor_require" : "two_factor_unrequire", user.username, ip);
    status = {user.totp_enabled, required, !user.totp_enabled && !user.totp_secret.empty(),
              user.totp_enabled ? tx.count_recovery_codes(user.id) : 0};
  });
  return status;
}

void TwoFactor::reset(const Principal& admin, const std::string& username, const std::string& ip) {
  require_admin(admin);
  services_.store.write([&](Transaction& tx) {
    auto user = user_named(tx, username);
    user.totp_secret.clear();
    user.totp_enabled = false;
    tx.update_user(user);
    tx.replace_recovery_codes(user.id, {});
    tx.delete_sessions_of_user(user.id);
    audit(tx, services_, admin.user.username, "two_factor_reset", user.username, ip);
  });
}

}  // namespace motcua::app
