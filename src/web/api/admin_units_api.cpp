// GET /api/v1/admin-units?parent=: the two-tier administrative-unit catalog that e-form addresses
// are chosen from (Resolution 202/2025/QH15): the province tier without `parent`, else the
// communes, wards and special zones of that province.
#include "app/admin_units.hpp"
#include "app/errors.hpp"
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

}  // namespace

void register_admin_unit_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin-units", list_units);
}

}  // namespace motcua::web::api
