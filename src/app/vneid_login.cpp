#include "app/vneid_login.hpp"

#include <nlohmann/json.hpp>

#include "app/errors.hpp"
#include "core/form.hpp"

namespace motcua::app {
namespace {

[[noreturn]] void refuse() {
  throw AppError(ErrorKind::unauthenticated, "vneid_refused", "error.vneid_refused");
}

// Writes what VNeID vouches for over the profile, and names those fields verified.
void apply_claims(User& user, const IdentityClaims& claims) {
  auto verified = nlohmann::json::array();
  const auto take = [&](std::string& field, const std::string& value, const char* name) {
    if (value.empty()) return;
    field = value;
    verified.push_back(name);
  };
  take(user.citizen_id, claims.id_number, "citizen_id");
  take(user.full_name, claims.full_name, "full_name");
  if (core::is_valid_phone(claims.phone)) take(user.phone, claims.phone, "phone");
  if (core::is_valid_email(claims.email)) take(user.email, claims.email, "email");
  take(user.address, claims.address, "address");
  user.identity_subject = claims.subject;
  user.verified_fields = verified.dump();
}

}  // namespace

std::string VneidLogin::start(const std::string& redirect_uri, const std::string& return_to) {
  if (services_.identity == nullptr)
    throw AppError(ErrorKind::unavailable, "vneid_unavailable", "error.vneid_unavailable");
  OidcLogin login;
  login.state = services_.crypto.random_token();
  login.nonce = services_.crypto.random_token();
  login.verifier = services_.crypto.random_token();
  login.return_to = return_to.rfind('/', 0) == 0 && return_to.rfind("//", 0) != 0 ? return_to : "/";
  login.created_at = services_.clock.now();
  services_.store.write([&](Transaction& tx) { tx.insert_oidc_login(login); });
  return services_.identity->authorization_url(
      login.state, login.nonce, services_.identity->code_challenge(login.verifier), redirect_uri);
}

VneidLogin::Finished VneidLogin::finish(const std::string& state, const std::string& code,
                                        const std::string& redirect_uri, const std::string& ip) {
  if (services_.identity == nullptr || state.empty() || code.empty()) refuse();
  std::optional<OidcLogin> login;
  services_.store.write([&](Transaction& tx) { login = tx.take_oidc_login(state); });
  if (!login || services_.clock.now() - login->created_at > kValidity) refuse();
  std::string why;
  const auto claims =
      services_.identity->redeem(code, login->verifier, redirect_uri, login->nonce, why);
  if (!claims || claims->subject.empty() || !core::is_valid_citizen_id(claims->id_number)) refuse();
  Finished finished;
  finished.return_to = login->return_to;
  services_.store.write([&](Transaction& tx) {
    const auto user = account_for(tx, *claims, finished.created);
    if (!user.active) refuse();
    tx.append_audit(
        AuditEntry{services_.clock.now(), user.username, "login_vneid", user.username, "", ip});
    finished.login = open_session(tx, services_, user, user.totp_enabled);
  });
  return finished;
}

User VneidLogin::account_for(Transaction& tx, const IdentityClaims& claims, bool& created) {
  auto user = tx.find_user_by_identity(claims.subject);
  if (!user) {
    const auto holders = tx.find_applicants_by_citizen_id(claims.id_number);
    if (holders.size() == 1) user = holders.front();
  }
  if (user && user->is_official()) refuse();  // officials sign in with their own accounts
  if (!user) {
    User fresh;
    fresh.username = "vneid_" + claims.id_number;
    fresh.password_hash = "";  // signs in only through VNeID until a password is set
    fresh.roles = {core::Role::citizen};
    fresh.created_at = services_.clock.now();
    apply_claims(fresh, claims);
    fresh.id = tx.insert_user(fresh);
    created = true;
    return fresh;
  }
  apply_claims(*user, claims);
  tx.update_user(*user);
  return *user;
}

}  // namespace motcua::app
