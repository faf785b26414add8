#pragma once
// VNeID as the sign-in use case sees it: OpenID Connect's authorization code flow with PKCE.
#include <optional>
#include <string>

namespace motcua::app {

// What the provider vouches for (requirements §9.1 claim names in brackets).
struct IdentityClaims {
  std::string subject;    // sub
  std::string id_number;  // SoDinhDanh
  std::string full_name;  // HoVaTen
  std::string phone;      // SoDienThoai
  std::string email;      // ThuDienTu
  std::string address;    // ThuongTru
  std::string assurance;  // loAs
};

class IdentityProvider {
 public:
  virtual ~IdentityProvider() = default;
  virtual std::string authorization_url(const std::string& state, const std::string& nonce,
                                        const std::string& code_challenge,
                                        const std::string& redirect_uri) const = 0;
  // Redeems the code and checks the ID token (signature against the provider's keys, issuer,
  // audience, expiry, nonce). Nothing, with the reason in `why`, when any check fails.
  virtual std::optional<IdentityClaims> redeem(const std::string& code,
                                               const std::string& code_verifier,
                                               const std::string& redirect_uri,
                                               const std::string& nonce,
                                               std::string& why) const = 0;
  // S256 of the verifier, as the authorization request carries it.
  virtual std::string code_challenge(const std::string& verifier) const = 0;
};

}  // namespace motcua::app
