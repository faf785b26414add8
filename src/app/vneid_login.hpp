#pragma once
// Signing in with VNeID (requirements §9.1, §13.9): the browser goes to the provider with a state,
// a nonce and a PKCE challenge kept here for ten minutes and used once; on its return the account
// holding the subject, else the one applicant account with the personal identification number,
// is signed in (and linked), else a citizen account is created. The fields VNeID supplied are
// written to the profile and marked verified.
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

class VneidLogin {
 public:
  explicit VneidLogin(Services& services) : services_(services) {}

  // The provider's authorization URL to send the browser to. `return_to` is a local path.
  std::string start(const std::string& redirect_uri, const std::string& return_to);

  struct Finished {
    LoginResult login;
    std::string return_to;
    bool created = false;  // a new account
  };
  // Throws AppError unauthenticated for an unknown or stale state or a refused code.
  Finished finish(const std::string& state, const std::string& code,
                  const std::string& redirect_uri, const std::string& ip);

  static constexpr std::chrono::minutes kValidity{10};

 private:
  User account_for(Transaction& tx, const IdentityClaims& claims, bool& created);

  Services& services_;
};

}  // namespace motcua::app
