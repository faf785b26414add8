// API.md "…administration": an administrator opens an official's account and is shown its first
// password once; the official changes it at the first sign-in.
#include "app/errors.hpp"
#include "app/official_accounts.hpp"
#include "app/user_admin.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRoles = 8;

std::vector<std::string> roles_of(const json& body) {
  const auto roles = body.find("roles");
  if (roles == body.end() || !roles->is_array() || roles->empty() || roles->size() > kMaxRoles)
    app::throw_invalid({{"roles", "error.required"}});
  std::vector<std::string> out;
  for (const auto& role : *roles) {
    if (!role.is_string()) app::throw_invalid({{"roles", "error.option"}});
    out.push_back(role.get<std::string>());
  }
  return out;
}

Response create(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const app::NewOfficial input{required_string_member(body, "username"),
                               body.contains("full_name") ? string_member(body, "full_name") : "",
                               roles_of(body),
                               body.contains("unit") ? string_member(body, "unit") : "",
                               body.contains("email") ? string_member(body, "email") : ""};
  const auto official = app::create_official(context.services, signed_in(caller), input);
  return created({{"username", official.user.username},
                  {"initial_password", official.initial_password},
                  {"must_change_password", true}});
}

json account_json(const app::OfficialAccount& account) {
  json roles = json::array();
  for (const auto role : account.user.roles) roles.push_back(core::role_name(role));
  return {{"username", account.user.username},
          {"full_name", account.user.full_name},
          {"roles", roles},
          {"unit", {{"code", account.unit_code}, {"name", account.unit_name}}},
          {"email", account.user.email},
          {"active", account.user.active},
          {"locked", account.locked},
          {"two_factor", account.user.totp_enabled},
          {"must_change_password", account.user.must_change_password}};
}

Response list(WebContext& context, Request&, Caller& caller) {
  json items = json::array();
  for (const auto& account : app::UserAdmin(context.services).officials(signed_in(caller)))
    items.push_back(account_json(account));
  return ok({{"items", items}});
}

Response set_active(WebContext& context, Request& request, Caller& caller, bool active) {
  return ok(account_json(app::UserAdmin(context.services)
                             .set_active(signed_in(caller), request.param("username"), active,
                                         client_address(context, request))));
}

}  // namespace

void register_admin_user_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/admin/users", create);
  add_route(router, context, Method::get, "/api/v1/admin/users", list);
  add_route(router, context, Method::post, "/api/v1/admin/users/{username}/disable",
            [](WebContext& c, Request& r, Caller& who) { return set_active(c, r, who, false); });
  add_route(router, context, Method::post, "/api/v1/admin/users/{username}/enable",
            [](WebContext& c, Request& r, Caller& who) { return set_active(c, r, who, true); });
}

}  // namespace motcua::web::api
