// The home page with the advanced search box (Circular 21/2023 Art 6), search results and a
// procedure's page with its "apply online" button (requirements P3, P12).
#include "app/catalog.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/safe_redirect.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

SearchParams search_params(const Request& request) {
  SearchParams params{request.query_or("q", ""), request.query_or("agency", ""),
                      request.query_or("sector", ""), 1};
  try {
    params.page = std::clamp(std::stoi(request.query_or("page", "1")), 1, 10000);
  } catch (const std::exception&) {
    params.page = 1;  // a mangled page number shows the first page
  }
  return params;
}

std::string results_base(const SearchParams& params) {
  return "/thu-tuc?q=" + url_encode(params.q) + "&agency=" + url_encode(params.agency) +
         "&sector=" + url_encode(params.sector) + "&";
}

Response home(PageRequest& page) {
  const auto filters = app::Catalog(page.context.services).filters();
  const auto form = search_form_view(filters, {});
  return render_page(page, "portal/home",
                     {{"title", page.text("home.title")},
                      {"nav", "home"},
                      {"search", form},
                      {"sectors", form["sectors"]}});
}

Response search(PageRequest& page) {
  const auto params = search_params(page.http);
  app::Catalog catalog(page.context.services);
  app::ProcedureQuery query;
  query.text = params.q;
  query.agency_code = params.agency;
  query.sector_code = params.sector;
  query.page = params.page;
  query.per_page = kResultsPerPage;
  const auto found = catalog.search(query);
  json results = json::array();
  for (const auto& hit : found.items)
    results.push_back(procedure_card_view(page.context.translations, page.lang(), hit));
  json model{
      {"title", page.text("search.title")},
      {"nav", "procedures"},
      {"search", search_form_view(catalog.filters(), params)},
      {"results", results},
      {"has_results", !results.empty()},
      {"found_text", page.context.translations.format(page.lang(), "search.found",
                                                      {{"total", std::to_string(found.total)}})},
      {"pagination",
       pagination_view(results_base(params), params.page, found.total, kResultsPerPage)}};
  return render_page(page, "portal/search", model);
}

Response procedure(PageRequest& page) {
  const auto procedure = app::Catalog(page.context.services).get(page.http.param("code"));
  auto view = procedure_page_view(page.context.translations, page.lang(), procedure);
  const bool online = procedure.level != core::ServiceLevel::truc_tiep;
  const auto* user = page.caller.signed_in() ? &page.caller.principal->user : nullptr;
  view["counter_only"] = !online;
  view["can_apply"] = online && user && !user->is_official();
  view["official_viewer"] = online && user && user->is_official();
  if (online && !user) view["login_to_apply"] = login_url(page.http.path);
  return render_page(page, "portal/procedure",
                     {{"title", procedure.name}, {"nav", "procedures"}, {"procedure", view}});
}

}  // namespace

void register_catalog_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/", home);
  add_page(router, context, Method::get, "/thu-tuc", search);
  add_page(router, context, Method::get, "/thu-tuc/{code}", procedure);
}

}  // namespace motcua::web::portal
