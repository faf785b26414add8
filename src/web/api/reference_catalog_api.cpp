// The shared catalogs for administrators: GET /api/v1/admin/catalogs/{catalog} lists sectors,
// document types or fee types; PUT /api/v1/admin/catalogs/{catalog}/{code} {"name"} adds an item
// (201) or renames it (200), audited.
#include "app/errors.hpp"
#include "app/reference_catalogs.hpp"
#include "core/text.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

core::ReferenceCatalog catalog_of(const Request& request) {
  const auto catalog = core::parse_reference_catalog(request.param("catalog"));
  if (!catalog) app::throw_not_found("catalog");
  return *catalog;
}

Response list(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  json items = json::array();
  for (const auto& item : app::ReferenceCatalogs(context.services).list(who, catalog_of(request)))
    items.push_back({{"code", item.code}, {"name", item.name}});
  return ok({{"items", items}});
}

Response save(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto catalog = catalog_of(request);
  const auto body = json_object_body(request);
  const core::ReferenceItem item{request.param("code"), string_member(body, "name")};
  const bool created = app::ReferenceCatalogs(context.services)
                           .save(who, catalog, item, client_address(context, request));
  const json out{{"code", core::trim(item.code)}, {"name", core::trim(item.name)}};
  return created ? api::created(out) : ok(out);
}

}  // namespace

void register_reference_catalog_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/catalogs/{catalog}", list);
  add_route(router, context, Method::put, "/api/v1/admin/catalogs/{catalog}/{code}", save);
}

}  // namespace motcua::web::api
