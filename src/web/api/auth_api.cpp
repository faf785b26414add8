// POST /api/v1/auth/login, /logout, /register (API.md "Conventions"), the password reset, and the
// administrator's unlock of a locked-out user.
#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/password_resets.hpp"
#include "web/api/api_support.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json user_json(const app::User& user) {
  json roles = json::array();
  for (auto role : user.roles) roles.push_back(core::role_name(role));
  return {{"username", user.username}, {"full_name", user.full_name}, {"roles", roles}};
}

bool business_flag(const json& body) {
  const auto found = body.find("business");
  if (found == body.end() || found->is_null()) return false;
  if (!found->is_boolean()) app::throw_invalid({{"business", "error.form_shape"}});
  return found->get<bool>();
}

// The token doubles as the session cookie, so browsers and API clients share one login; the CSRF
// token is returned for browser scripts that call the API with the cookie.
Response login(WebContext& context, Request& request, Caller&) {
  const auto address = client_address(context, request);
  check_login_rate(context, address);
  const auto body = json_object_body(request);
  const auto username = required_string_member(body, "username");
  const auto password = required_string_member(body, "password");
  const auto result = app::Accounts(context.services).login(username, password, address);
  auto response = ok(login_json(result));
  response.header("set-cookie", session_cookie(context, result.token));
  response.header("cache-control", "no-store");
  return response;
}

Response logout(WebContext& context, Request&, Caller& caller) {
  signed_in(caller);
  app::Accounts(context.services).logout(caller.token);
  auto response = no_content();
  response.header("set-cookie", expired_session_cookie(context));
  return response;
}

Response register_account(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  app::RegisterInput input{string_member(body, "username"),
                           string_member(body, "password"),
                           string_member(body, "full_name"),
                           string_member(body, "email"),
                           string_member(body, "phone"),
                           string_member(body, "citizen_id"),
                           business_flag(body)};
  const auto user =
      app::Accounts(context.services).register_applicant(input, client_address(context, request));
  return created({{"user", user_json(user)}});
}

// Administrators: lets the user sign in again from every address that was locked out.
Response unlock_user(WebContext& context, Request& request, Caller& caller) {
  const auto username = request.param("username");
  const auto addresses = app::Accounts(context.services)
                             .unlock(signed_in(caller), username, client_address(context, request));
  return ok({{"username", username}, {"unlocked_addresses", addresses}});
}

// Requirements §8: the same 202 whether or not an account matched, so the endpoint does not reveal
// which user names or addresses exist.
Response request_password_reset(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  app::PasswordResets(context.services)
      .request(required_string_member(body, "login"), client_address(context, request));
  return json_response(202,
                       {{"message", context.translations.text(caller.lang, "auth.reset_sent")}});
}

Response complete_password_reset(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  const auto next = string_member(body, "new_password");
  app::PasswordResets(context.services)
      .complete(string_member(body, "token"), next, next, client_address(context, request));
  return no_content();
}

}  // namespace

// With `second_factor_required` the token is good for POST /api/v1/auth/two-factor only, for a
// few minutes.
json login_json(const app::LoginResult& result) {
  return {{"token", result.token},
          {"csrf_token", result.session.csrf_token},
          {"expires_at", core::format_iso(result.session.expires_at)},
          {"user", user_json(result.user)},
          {"password_change_required", result.password_change_required},
          {"second_factor_required", result.second_factor_required}};
}

void register_auth_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/auth/login", login);
  add_route(router, context, Method::post, "/api/v1/auth/logout", logout);
  add_route(router, context, Method::post, "/api/v1/auth/register", register_account);
  add_route(router, context, Method::post, "/api/v1/admin/users/{username}/unlock", unlock_user);
  add_route(router, context, Method::post, "/api/v1/auth/password-reset", request_password_reset);
  add_route(router, context, Method::post, "/api/v1/auth/password-reset/complete",
            complete_password_reset);
}

}  // namespace motcua::web::api
