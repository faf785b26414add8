// GET /api/v1/admin-units?parent=: the two-tier administrative-unit catalog that e-form addresses
// are chosen from (Resolution 202/2025/QH15): the province tier without `parent`, else the
// communes, wards and special zones of that province. Administrators keep it under
// /api/v1/admin/admin-units: a unit added, renamed or moved by PUT, a whole file imported by POST
// …/import, and a unit's history of names.
#include "app/admin_unit_admin.hpp"
#include "app/admin_units.hpp"
#include "app/errors.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

nlohmann::json unit_json(const core::AdminUnit& unit) {
  nlohmann::json item{
      {"code", unit.code}, {"name", unit.name}, {"kind", core::admin_unit_kind_name(unit.kind)}};
  if (!unit.parent_code.empty()) item["parent"] = unit.parent_code;
  return item;
}

Response list_units(WebContext& context, Request& request, Caller&) {
  const auto parent = request.query_or("parent", "");
  app::AdminUnits catalog(context.services);
  const auto units = catalog.children(parent);
  // An unknown parent is a mistake worth naming; a known one may simply have no units yet.
  if (units.empty() && !parent.empty() && !catalog.find(parent)) {
    throw app::AppError(app::ErrorKind::not_found, "admin_unit_not_found",
                        "eform.error.admin_unit_not_found");
  }
  nlohmann::json items = nlohmann::json::array();
  for (const auto& unit : units) items.push_back(unit_json(unit));
  auto response = ok({{"items", items}});
  // The catalog changes with a reorganisation, not by the minute.
  response.header("cache-control", "public, max-age=3600");
  return response;
}

Response save_unit(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  const app::AdminUnitInput input{request.param("code"), string_member(body, "name"),
                                  string_member(body, "kind"), string_member(body, "parent")};
  const auto saved =
      app::AdminUnitAdmin(context.services).save(who, input, client_address(context, request));
  return saved.created ? created(unit_json(saved.unit)) : ok(unit_json(saved.unit));
}

Response import_units(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  if (!is_json_request(request))
    throw app::AppError(app::ErrorKind::invalid_input, "malformed_json", "error.json_content_type");
  const auto summary = app::AdminUnitAdmin(context.services)
                           .import_file(who, request.body, client_address(context, request));
  return ok({{"created", summary.created},
             {"changed", summary.changed},
             {"unchanged", summary.unchanged}});
}

Response unit_history(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& change :
       app::AdminUnitAdmin(context.services).history(who, request.param("code"))) {
    items.push_back({{"at", core::format_iso(change.at)},
                     {"by", change.by},
                     {"name", change.name},
                     {"previous_name", change.previous_name},
                     {"parent", change.parent_code},
                     {"previous_parent", change.previous_parent_code}});
  }
  return ok({{"items", items}});
}

}  // namespace

void register_admin_unit_routes(Router& router, WebContext& context) {
  add_shared_route(router, context, "/api/v1/admin-units", list_units);
  add_route(router, context, Method::post, "/api/v1/admin/admin-units/import", import_units);
  add_route(router, context, Method::put, "/api/v1/admin/admin-units/{code}", save_unit);
  add_route(router, context, Method::get, "/api/v1/admin/admin-units/{code}/history", unit_history);
}

}  // namespace motcua::web::api
