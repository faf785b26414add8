#pragma once
// The JOSE subset the national systems use: RS256 compact JWS (RFC 7515, 7518) with RSA public
// keys as JWKs (RFC 7517) for VNeID's id_token and eSign's signatures, and PKCE S256 (RFC 7636).
// Base64 and MaXacThuc come from base64.hpp and message_mac.hpp; including this header is enough.
#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/sha256.hpp"
#include "integrations/base64.hpp"
#include "integrations/message_mac.hpp"

struct evp_pkey_st;  // OpenSSL's EVP_PKEY, kept out of every includer

namespace motcua::integrations {

using core::sha256_hex;

class RsaSigningKey {
 public:
  // A fresh 2048-bit key. Throws std::runtime_error when OpenSSL cannot make one.
  static RsaSigningKey generate();
  // A private RSA key in PEM (PKCS#8 or PKCS#1). Throws std::runtime_error otherwise.
  static RsaSigningKey from_pem(std::string_view pem);
  // The private key as unencrypted PKCS#8 PEM: whoever stores it must protect the file.
  std::string to_pem() const;

  RsaSigningKey(RsaSigningKey&&) noexcept;
  RsaSigningKey& operator=(RsaSigningKey&&) noexcept;
  ~RsaSigningKey();

  // base64url of the SHA-256 of the public key's DER, cut to 16 characters: stable per key.
  const std::string& kid() const { return kid_; }
  // The public half: {"kty":"RSA","kid","use":"sig","alg":"RS256","n","e"}.
  nlohmann::json jwk() const;
  // header.payload.signature with the header {"alg":"RS256","typ":"JWT","kid"}.
  std::string sign_jwt(const nlohmann::json& claims) const;
  // RSASSA-PKCS1-v1_5 with SHA-256 over `data`: the raw signature bytes.
  std::string sign_rs256(std::string_view data) const;

 private:
  struct KeyFree {
    void operator()(evp_pkey_st* key) const;
  };
  explicit RsaSigningKey(evp_pkey_st* key);
  std::unique_ptr<evp_pkey_st, KeyFree> key_;
  std::string kid_;
};

inline constexpr std::size_t kMaxJwtBytes = std::size_t{16} * 1024;
inline constexpr std::size_t kMaxJwksKeys = 20;

// The claims of a compact JWS signed RS256 by a key of `jwks` ({"keys": [...]}, found by the
// header's kid, or the only RSA key when the header has none). Any other algorithm ("none",
// HS256...) is refused, so a token cannot pick a weaker check than the key's. No claim is checked:
// iss, aud, exp and nonce are the caller's. On failure `why` (when given) says what was wrong.
std::optional<nlohmann::json> verify_jwt(std::string_view token, const nlohmann::json& jwks,
                                         std::string* why = nullptr);

// Whether `signature` is an RS256 signature of `data` by the RSA public JWK `jwk`.
bool verify_rs256(std::string_view data, std::string_view signature, const nlohmann::json& jwk);

// PKCE S256: base64url(SHA-256(verifier)).
std::string pkce_challenge(std::string_view verifier);
// base64url of `bytes` bytes from the OS's CSPRNG (state, nonce, verifier, one-time codes).
std::string random_token(std::size_t bytes);

}  // namespace motcua::integrations
