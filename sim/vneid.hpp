#pragma once
// VNeID, the national identity provider: OpenID Connect, authorization code with PKCE S256. The
// citizen "logs in" on a page of ours and motcua exchanges the code for a signed id_token.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "integrations/jose.hpp"
#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

// What the relying party asked for at the authorization endpoint.
struct AuthorizeRequest {
  std::string client_id;
  std::string redirect_uri;
  std::string scope;
  std::string state;
  std::string nonce;
  std::string challenge;
};

// Who the citizen says they are on the login page.
struct Identity {
  std::string id_number = "001099012345";
  std::string full_name = "Nguyễn Văn An";
  std::string phone = "0912345678";
  std::string email = "an@example.vn";
};

class Vneid {
 public:
  explicit Vneid(SimContext& context)
      : context_(context), key_(integrations::RsaSigningKey::generate()) {}
  void install(web::Router& router);

 private:
  using SteadyClock = std::chrono::steady_clock;
  struct Grant {  // what a one-time code stands for
    AuthorizeRequest request;
    Identity identity;
    SteadyClock::time_point expires;
  };
  struct Session {  // what an access token stands for
    json claims;
    SteadyClock::time_point expires;
  };

  web::Response discovery(const web::Request& request) const;
  web::Response login_page(const web::Request& request) const;
  web::Response approve(const web::Request& request);
  web::Response token(const web::Request& request);
  web::Response userinfo(const web::Request& request);
  std::optional<Grant> redeem(const std::string& code);
  json claims_for(const Grant& grant, const web::Request& request) const;
  std::string issuer(const web::Request& request) const;

  SimContext& context_;
  integrations::RsaSigningKey key_;
  std::mutex mutex_;
  std::map<std::string, Grant> codes_;
  std::map<std::string, Session> sessions_;
};

}  // namespace motcua::sim
