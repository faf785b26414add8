// API.md "…administration": administrators publish a new version of a procedure from a date and
// list its versions.
#include "app/catalog.hpp"
#include "app/procedure_versions.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json version_json(const core::Procedure& procedure, long long in_force_id) {
  auto out = procedure_detail_json(procedure);
  out["version_id"] = procedure.version_id;
  out["in_force"] = procedure.version_id == in_force_id;
  return out;
}

Response publish(WebContext& context, Request& request, Caller& caller) {
  const auto code = request.param("code");
  const auto published = app::ProcedureVersions(context.services)
                             .publish(signed_in(caller), code, json_object_body(request),
                                      client_address(context, request));
  const auto in_force = app::Catalog(context.services).get(code).version_id;
  auto body = version_json(published.procedure, in_force);
  body["created"] = published.created;
  return published.created ? created(body) : ok(body);
}

Response versions(WebContext& context, Request& request, Caller& caller) {
  const auto code = request.param("code");
  const auto all = app::ProcedureVersions(context.services).list(signed_in(caller), code);
  const auto in_force = app::Catalog(context.services).get(code).version_id;
  json items = json::array();
  for (const auto& version : all) items.push_back(version_json(version, in_force));
  return ok({{"items", items}});
}

}  // namespace

void register_procedure_admin_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/admin/procedures/{code}/versions", publish);
  add_route(router, context, Method::get, "/api/v1/admin/procedures/{code}/versions", versions);
}

}  // namespace motcua::web::api
