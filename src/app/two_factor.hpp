#pragma once
// Requirements §8 MFA: two-factor login with time-based one-time codes (RFC 6238), as every
// authenticator app reads them from a QR code, and one-time recovery codes for a lost phone.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"

namespace motcua::app {

inline constexpr int kRecoveryCodeCount = 10;

struct TwoFactorStatus {
  bool enabled = false;
  bool required = false;   // the account may not switch it off, and must enrol before working
  bool enrolling = false;  // a secret was issued and awaits its first code
  long long recovery_codes_left = 0;
};

// A new secret, shown once: as text to type and as the otpauth:// URI the QR code carries.
struct TwoFactorEnrolment {
  std::string secret;  // base32
  std::string otpauth_uri;
};

class TwoFactor {
 public:
  explicit TwoFactor(Services& services) : services_(services) {}

  TwoFactorStatus status(const Principal& who);
  // Issues a new secret after checking the password. Refused while two-factor login is on.
  TwoFactorEnrolment begin(const Principal& who, const std::string& password,
                           const std::string& ip);
  // The secret issued by `begin` while it still awaits its first code (to show it again).
  std::optional<TwoFactorEnrolment> pending_enrolment(const Principal& who);
  // Turns two-factor login on once a code from the new secret matches; returns the recovery codes,
  // shown this once only.
  std::vector<std::string> confirm(const Principal& who, const std::string& code,
                                   const std::string& ip);
  // Turns it off after checking the password; refused where the account requires it.
  void disable(const Principal& who, const std::string& password, const std::string& ip);
  // The second step of a login: a current code or an unused recovery code turns the pending
  // session `token` into a full one (a new token). Wrong codes count towards the lockout.
  LoginResult complete_login(const std::string& token, const std::string& code,
                             const std::string& ip);

  // Administrators: require it of `username` (or not), or clear a user's enrolment when the phone
  // and the recovery codes are lost (the user enrols again at the next login if required).
  TwoFactorStatus set_required(const Principal& admin, const std::string& username, bool required,
                               const std::string& ip);
  void reset(const Principal& admin, const std::string& username, const std::string& ip);

 private:
  TwoFactorEnrolment enrolment_of(const User& user, const std::string& secret) const;
  void check_password(const User& user, const std::string& password, const std::string& ip);
  bool code_accepted(Transaction& tx, const User& user, const std::string& code);
  Services& services_;
};

// The account name and issuer an authenticator app shows next to the codes.
std::string otpauth_uri(const std::string& issuer, const std::string& username,
                        const std::string& secret_base32);

}  // namespace motcua::app
