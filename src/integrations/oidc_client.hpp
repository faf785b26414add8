#pragma once
// VNeID over OpenID Connect (docs/integrations.md): discovery and the provider's keys fetched once
// and refreshed when a token names an unknown key, the code redeemed with the PKCE verifier, and
// the ID token's signature, issuer, audience, expiry and nonce checked.
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/ports/identity_provider.hpp"
#include "integrations/connection_settings.hpp"

namespace motcua::integrations {

class OidcClient final : public app::IdentityProvider {
 public:
  explicit OidcClient(Endpoint endpoint) : endpoint_(std::move(endpoint)) {}

  std::string authorization_url(const std::string& state, const std::string& nonce,
                                const std::string& code_challenge,
                                const std::string& redirect_uri) const override;
  std::optional<app::IdentityClaims> redeem(const std::string& code,
                                            const std::string& code_verifier,
                                            const std::string& redirect_uri,
                                            const std::string& nonce,
                                            std::string& why) const override;
  std::string code_challenge(const std::string& verifier) const override;

 private:
  // The discovery document; nothing when the provider cannot be reached.
  std::optional<nlohmann::json> discovery() const;
  std::optional<nlohmann::json> keys(bool refresh) const;
  std::optional<nlohmann::json> verified_claims(const std::string& id_token,
                                                std::string& why) const;

  Endpoint endpoint_;
  mutable std::mutex mutex_;
  mutable std::optional<nlohmann::json> discovery_;
  mutable std::optional<nlohmann::json> keys_;
};

}  // namespace motcua::integrations
