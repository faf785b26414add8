// Requirements §8 two-factor login: the second step of a login, the user's own enrolment, and the
// administrator's switches.
#include "app/two_factor.hpp"
#include "web/api/api_support.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json status_json(const app::TwoFactorStatus& status) {
  return {{"enabled", status.enabled},
          {"required", status.required},
          {"enrolling", status.enrolling},
          {"recovery_codes_left", status.recovery_codes_left}};
}

// The pending session from the login answers with a full one, exactly as a login without the
// second factor would have.
Response complete_login(WebContext& context, Request& request, Caller& caller) {
  const auto address = client_address(context, request);
  check_login_rate(context, address);
  const auto body = json_object_body(request);
  const auto result =
      app::TwoFactor(context.services)
          .complete_login(caller.token, required_string_member(body, "code"), address);
  auto response = ok(login_json(result));
  response.header("set-cookie", session_cookie(context, result.token));
  response.header("cache-control", "no-store");
  return response;
}

Response my_status(WebContext& context, Request&, Caller& caller) {
  return ok(status_json(app::TwoFactor(context.services).status(signed_in(caller))));
}

Response begin(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto enrolment = app::TwoFactor(context.services)
                             .begin(signed_in(caller), required_string_member(body, "password"),
                                    client_address(context, request));
  json answer{{"secret", enrolment.secret}, {"otpauth_uri", enrolment.otpauth_uri}};
  if (const auto* qr = context.services.qr_encoder)
    answer["qr_svg"] = qr->svg(enrolment.otpauth_uri, enrolment.otpauth_uri);
  auto response = created(answer);
  response.header("cache-control", "no-store");
  return response;
}

Response confirm(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto codes = app::TwoFactor(context.services)
                         .confirm(signed_in(caller), required_string_member(body, "code"),
                                  client_address(context, request));
  auto response = ok({{"enabled", true}, {"recovery_codes", codes}});
  response.header("cache-control", "no-store");
  return response;
}

Response disable(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  app::TwoFactor(context.services)
      .disable(signed_in(caller), required_string_member(body, "password"),
               client_address(context, request));
  return no_content();
}

Response set_required(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto found = body.find("required");
  if (found == body.end() || !found->is_boolean())
    app::throw_invalid({{"required", "error.form_shape"}});
  const auto status = app::TwoFactor(context.services)
                          .set_required(signed_in(caller), request.param("username"),
                                        found->get<bool>(), client_address(context, request));
  return ok(status_json(status));
}

Response reset(WebContext& context, Request& request, Caller& caller) {
  app::TwoFactor(context.services)
      .reset(signed_in(caller), request.param("username"), client_address(context, request));
  return no_content();
}

}  // namespace

void register_two_factor_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/auth/two-factor", complete_login);
  add_route(router, context, Method::get, "/api/v1/me/two-factor", my_status);
  add_route(router, context, Method::post, "/api/v1/me/two-factor", begin);
  add_route(router, context, Method::post, "/api/v1/me/two-factor/confirm", confirm);
  add_route(router, context, Method::del, "/api/v1/me/two-factor", disable);
  add_route(router, context, Method::post, "/api/v1/admin/users/{username}/two-factor",
            set_required);
  add_route(router, context, Method::del, "/api/v1/admin/users/{username}/two-factor", reset);
}

}  // namespace motcua::web::api
