// API.md "…administration": an administrator opens an official's account and is shown its first
// password once; the official changes it at the first sign-in.
#include "app/errors.hpp"
#include "app/official_accounts.hpp"
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

}  // namespace

void register_admin_user_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/admin/users", create);
}

}  // namespace motcua::web::api
