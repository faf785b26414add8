// The handling rules as versioned data (requirements §13.3): read by officials, revised by
// administrators from a date.
#include "app/handling_rules_admin.hpp"
#include "web/api/api_support.hpp"
#include "web/caller.hpp"

namespace motcua::web::api {
namespace {

Response show(WebContext& context, Request&, Caller& caller) {
  const auto rules = app::HandlingRulesAdmin(context.services).in_force(signed_in(caller));
  return ok({{"rules", app::handling_rules_json(rules)}});
}

Response save(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto rules =
      app::HandlingRulesAdmin(context.services)
          .save(signed_in(caller), required_string_member(body, "effective_from"),
                body.value("rules", nlohmann::json()), client_address(context, request));
  return ok(
      {{"effective_from", body.at("effective_from")}, {"rules", app::handling_rules_json(rules)}});
}

}  // namespace

void register_rules_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/rules", show);
  add_route(router, context, Method::put, "/api/v1/admin/rules", save);
}

}  // namespace motcua::web::api
