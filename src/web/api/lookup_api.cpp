// GET /api/v1/lookup/{code}: public progress of a dossier, without personal data (API.md).
#include "app/applicant_dossiers.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

Response lookup(WebContext& context, Request& request, Caller&) {
  auto response = ok(lookup_json(app::lookup(context.services, request.param("code"))));
  // Anyone holding the code may look; shared caches must not keep a status that changes.
  response.header("cache-control", "no-store");
  return response;
}

}  // namespace

void register_lookup_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/lookup/{code}", lookup);
}

}  // namespace motcua::web::api
