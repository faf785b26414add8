// GET /api/v1/procedures and /api/v1/procedures/{code} (API.md "Catalog"), with the portal's
// filters (level, audience, online) and sort orders.
#include "app/catalog.hpp"
#include "app/errors.hpp"
#include "core/procedure.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

constexpr long long kMaxPerPage = 100;

// An optional filter whose values form a closed list; any other value is a 400 naming it.
template <class Parse>
std::string checked_choice(const Request& request, const std::string& name, Parse parse) {
  auto value = text_query(request, name);
  if (!value.empty() && !parse(value)) app::throw_invalid({{name, "error.option"}});
  return value;
}

app::ProcedureQuery procedure_query(const Request& request) {
  app::ProcedureQuery query;
  query.text = text_query(request, "q");
  query.agency_code = text_query(request, "agency");
  query.sector_code = text_query(request, "sector");
  query.level = checked_choice(request, "level", core::parse_service_level);
  query.audience = checked_choice(request, "audience", core::parse_audience);
  query.sort = checked_choice(request, "sort", app::is_catalog_sort);
  if (query.sort == "relevance") query.sort.clear();
  // online=true: the online public services only (levels toan_trinh and mot_phan).
  query.online_only = checked_choice(request, "online", [](const std::string& online) {
                        return online == "true" || online == "false";
                      }) == "true";
  query.page = static_cast<int>(int_query(request, "page", 1, 100000).value_or(1));
  query.per_page = static_cast<int>(int_query(request, "per_page", 1, kMaxPerPage).value_or(20));
  return query;
}

Response search(WebContext& context, Request& request, Caller&) {
  const auto query = procedure_query(request);
  const auto page = app::Catalog(context.services).search(query);
  json items = json::array();
  for (const auto& hit : page.items) {
    auto item = procedure_summary_json(hit.procedure);
    item["name_highlighted"] = hit.name_highlighted;
    items.push_back(std::move(item));
  }
  return ok({{"items", items},
             {"total", page.total},
             {"page", query.page},
             {"per_page", query.per_page}});
}

Response detail(WebContext& context, Request& request, Caller&) {
  return ok(procedure_detail_json(app::Catalog(context.services).get(request.param("code"))));
}

}  // namespace

void register_catalog_routes(Router& router, WebContext& context) {
  add_shared_route(router, context, "/api/v1/procedures", search);
  add_shared_route(router, context, "/api/v1/procedures/{code}", detail);
}

}  // namespace motcua::web::api
