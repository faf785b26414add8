// The portal's information pages for administrators: GET /api/v1/admin/pages/{page}/{language}
// reads the text in force, PUT writes it {"text"} (empty: the theme's own page again), audited.
#include "app/administration.hpp"
#include "app/site_pages.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

Response read(WebContext& context, Request& request, Caller& caller) {
  app::require_admin(signed_in(caller));
  const auto text =
      app::SitePages(context.services).text(request.param("page"), request.param("language"));
  return ok({{"page", request.param("page")},
             {"lang", request.param("language")},
             {"text", text.value_or("")},
             {"written", text.has_value()}});
}

Response write(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  app::require_admin(who);
  const auto body = json_object_body(request);
  app::SitePages(context.services)
      .put(who, request.param("page"), request.param("language"), string_member(body, "text"),
           client_address(context, request));
  return read(context, request, caller);
}

}  // namespace

void register_site_pages_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/pages/{page}/{language}", read);
  add_route(router, context, Method::put, "/api/v1/admin/pages/{page}/{language}", write);
}

}  // namespace motcua::web::api
