#include "integrations/oidc_client.hpp"

#include <chrono>

#include "integrations/http_client.hpp"
#include "integrations/jose.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

constexpr int kAttempts = 3;

// A GET or a form POST, tried again on a failure that says nothing was done (no answer, 5xx).
std::optional<json> call_json(HttpCall call) {
  HttpClient client;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const auto answer = client.send(call);
    if (answer.ok()) {
      auto body = json::parse(answer.body, nullptr, false);
      if (body.is_object()) return body;
      return std::nullopt;
    }
    if (answer.status >= 400 && answer.status < 500) return std::nullopt;
  }
  return std::nullopt;
}

std::string claim(const json& claims, const char* name) {
  const auto found = claims.find(name);
  return found != claims.end() && found->is_string() ? found->get<std::string>() : std::string();
}

long long now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::optional<json> OidcClient::discovery() const {
  std::lock_guard lock(mutex_);
  if (discovery_) return discovery_;
  HttpCall call;
  call.method = "GET";
  call.url = endpoint_.url + "/.well-known/openid-configuration";
  call.timeout = endpoint_.timeout;
  discovery_ = call_json(call);
  return discovery_;
}

std::optional<json> OidcClient::keys(bool refresh) const {
  const auto document = discovery();
  if (!document) return std::nullopt;
  std::lock_guard lock(mutex_);
  if (keys_ && !refresh) return keys_;
  HttpCall call;
  call.method = "GET";
  call.url = document->value("jwks_uri", "");
  call.timeout = endpoint_.timeout;
  if (auto fetched = call_json(call)) keys_ = fetched;
  return keys_;
}

std::string OidcClient::authorization_url(const std::string& state, const std::string& nonce,
                                          const std::string& code_challenge,
                                          const std::string& redirect_uri) const {
  const auto document = discovery();
  const auto base =
      document ? document->value("authorization_endpoint", "") : endpoint_.url + "/authorize";
  return base + "?" +
         form_encode({{"response_type", "code"},
                      {"client_id", endpoint_.client_id},
                      {"redirect_uri", redirect_uri},
                      {"scope", "openid"},
                      {"state", state},
                      {"nonce", nonce},
                      {"code_challenge", code_challenge},
                      {"code_challenge_method", "S256"}});
}

std::string OidcClient::code_challenge(const std::string& verifier) const {
  return pkce_challenge(verifier);
}

std::optional<json> OidcClient::verified_claims(const std::string& id_token,
                                                std::string& why) const {
  auto jwks = keys(false);
  if (!jwks) {
    why = "no keys";
    return std::nullopt;
  }
  auto claims = verify_jwt(id_token, *jwks, &why);
  if (!claims) {
    // The provider may have rolled its keys since they were fetched.
    jwks = keys(true);
    if (jwks) claims = verify_jwt(id_token, *jwks, &why);
  }
  return claims;
}

std::optional<app::IdentityClaims> OidcClient::redeem(const std::string& code,
                                                      const std::string& code_verifier,
                                                      const std::string& redirect_uri,
                                                      const std::string& nonce,
                                                      std::string& why) const {
  const auto document = discovery();
  if (!document) {
    why = "the provider cannot be reached";
    return std::nullopt;
  }
  HttpCall call;
  call.url = document->value("token_endpoint", "");
  call.content_type = "application/x-www-form-urlencoded";
  call.body = form_encode({{"grant_type", "authorization_code"},
                           {"code", code},
                           {"redirect_uri", redirect_uri},
                           {"client_id", endpoint_.client_id},
                           {"client_secret", endpoint_.secret},
                           {"code_verifier", code_verifier}});
  call.timeout = endpoint_.timeout;
  const auto tokens = call_json(call);
  if (!tokens || !tokens->contains("id_token") || !(*tokens)["id_token"].is_string()) {
    why = "the code was refused";
    return std::nullopt;
  }
  const auto claims = verified_claims((*tokens)["id_token"].get<std::string>(), why);
  if (!claims) return std::nullopt;
  const bool fresh = claims->contains("exp") && (*claims)["exp"].is_number_integer() &&
                     (*claims)["exp"].get<long long>() > now_seconds();
  if (claim(*claims, "iss") != document->value("issuer", "") ||
      claim(*claims, "aud") != endpoint_.client_id || claim(*claims, "nonce") != nonce || !fresh) {
    why = "the ID token's issuer, audience, nonce or expiry is wrong";
    return std::nullopt;
  }
  return app::IdentityClaims{claim(*claims, "sub"),       claim(*claims, "SoDinhDanh"),
                             claim(*claims, "HoVaTen"),   claim(*claims, "SoDienThoai"),
                             claim(*claims, "ThuDienTu"), claim(*claims, "ThuongTru"),
                             claim(*claims, "loAs")};
}

}  // namespace motcua::integrations
