// The dossier's postal orders: the owner asks VNPost to pick the paper dossier up, and the owner
// and the officials follow every order's tracking.
#include "app/postal_orders.hpp"
#include "core/text.hpp"
#include "web/api/api_support.hpp"
#include "web/api/integration_json.hpp"

namespace motcua::web::api {
namespace {

Response request_pickup(WebContext& context, Request& request, Caller& caller) {
  const auto body = request.body.empty() ? nlohmann::json::object() : json_object_body(request);
  const auto address = body.contains("address") ? string_member(body, "address") : std::string();
  return created(postal_order_json(
      app::PostalPickups(context.services)
          .request(signed_in(caller), request.param("code"), core::trim(address))));
}

Response list_orders(WebContext& context, Request& request, Caller& caller) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& order :
       app::PostalPickups(context.services).list(signed_in(caller), request.param("code")))
    items.push_back(postal_order_json(order));
  return ok({{"items", items}});
}

}  // namespace

void register_postal_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/postal-pickup", request_pickup);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/postal-orders", list_orders);
}

}  // namespace motcua::web::api
