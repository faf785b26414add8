// The home page with the advanced search box (Circular 21/2023 Art 6), the catalog lists with
// filters and sorting, and a procedure's page with its "Nộp hồ sơ" action (requirements P2, P3,
// P12, P17) — which leads to the national portal where the province files there (§13.6).
#include "web/portal/catalog_pages.hpp"

#include "app/catalog.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/public_page.hpp"
#include "web/portal/sitemap.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

const CatalogList kProcedures{"/thu-tuc", "search.title", "catalog.intro.procedures", "procedures",
                              false};
const CatalogList kOnlineServices{"/dich-vu-cong-truc-tuyen", "catalog.online.title",
                                  "catalog.intro.online", "online", true};

// A value from a closed list, or "" for anything else: a mangled link shows the unfiltered list.
std::string choice_param(const Request& request, const char* name,
                         bool (*valid)(const std::string&)) {
  auto value = request.query_or(name, "");
  return valid(value) ? value : "";
}

SearchParams search_params(const Request& request, const CatalogList& list) {
  SearchParams params{request.query_or("q", ""), request.query_or("agency", ""),
                      request.query_or("sector", ""), 1};
  try {
    params.page = std::clamp(std::stoi(request.query_or("page", "1")), 1, 10000);
  } catch (const std::exception&) {
    params.page = 1;  // a mangled page number shows the first page
  }
  params.level = choice_param(request, "level", [](const std::string& level) {
    return core::parse_service_level(level).has_value();
  });
  if (list.online_only && params.level == "truc_tiep") params.level.clear();
  params.audience = choice_param(request, "audience", [](const std::string& audience) {
    return audience == "citizen" || audience == "business";
  });
  params.sort = choice_param(request, "sort", app::is_catalog_sort);
  if (params.sort == "relevance") params.sort.clear();
  return params;
}

app::ProcedureQuery procedure_query(const SearchParams& params, const CatalogList& list) {
  app::ProcedureQuery query;
  query.text = params.q;
  query.agency_code = params.agency;
  query.sector_code = params.sector;
  query.level = params.level;
  query.audience = params.audience;
  query.sort = params.sort;
  query.online_only = list.online_only;
  query.page = params.page;
  query.per_page = kResultsPerPage;
  return query;
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

// When nothing was found: a corrected keyword, and how many the keyword finds without filters.
void add_empty_help(app::Catalog& catalog, const SearchParams& params, const CatalogList& list,
                    CatalogListContext& context) {
  if (params.q.empty()) return;
  context.suggestion = catalog.suggestion(params.q);
  if (params.agency.empty() && params.sector.empty() && params.level.empty() &&
      params.audience.empty())
    return;
  SearchParams keyword_only{params.q};
  auto query = procedure_query(keyword_only, list);
  query.per_page = 1;
  context.total_without_filters = catalog.search(query).total;
}

Response catalog_list(PageRequest& page, const CatalogList& list) {
  const auto params = search_params(page.http, list);
  app::Catalog catalog(page.context.services);
  CatalogListContext context{page.context.translations, page.lang(), page.context.services.policy};
  auto filters =
      catalog_filters_view(page.context.translations, page.lang(), catalog.filters(), params, list);
  app::Page<app::ProcedureHit> found;
  try {
    found = catalog.search(procedure_query(params, list));
    if (found.total == 0) add_empty_help(catalog, params, list, context);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    filters["q_error"] = page.text("catalog.error.keyword_too_long");
  }
  auto model = catalog_list_view(context, list, params, std::move(filters), found);
  auto canonical = catalog_list_base(list.path, params);
  canonical = params.page > 1 ? canonical + "page=" + std::to_string(params.page)
                              : canonical.substr(0, canonical.size() - 1);
  model["canonical_url"] = public_base_url(page.context.config) + canonical;
  const int status = model["filters"].contains("q_error") ? 400 : 200;
  return with_validator(page.http, render_page(page, "portal/search", std::move(model), status));
}

Response search(PageRequest& page) { return catalog_list(page, kProcedures); }
Response online_services(PageRequest& page) { return catalog_list(page, kOnlineServices); }

// What the apply box offers: the national portal's page, the local form, a login first, or a
// notice (counter only, or an official's account).
void add_apply_action(PageRequest& page, const core::Procedure& procedure, json& view) {
  const bool online = procedure.level != core::ServiceLevel::truc_tiep;
  view["counter_only"] = !online;
  if (!online) return;
  if (const auto link = app::national_portal_link(page.context.services.policy, procedure.code)) {
    view["national_portal_url"] = *link;
    return;
  }
  const auto* user = page.caller.signed_in() ? &page.caller.principal->user : nullptr;
  view["can_apply"] = user && !user->is_official();
  view["official_viewer"] = user && user->is_official();
  if (!user) view["login_to_apply"] = login_url(page.http.path);
}

Response procedure(PageRequest& page) {
  const auto procedure = app::Catalog(page.context.services).get(page.http.param("code"));
  auto view = procedure_page_view(page.context.translations, page.lang(), procedure);
  add_apply_action(page, procedure, view);
  const auto base = public_base_url(page.context.config);
  json model{{"title", procedure.name},
             {"nav", "procedures"},
             {"procedure", view},
             {"meta_description",
              procedure_meta_description(page.context.translations, page.lang(), procedure)},
             {"canonical_url", base + "/thu-tuc/" + url_encode(procedure.code)}};
  return with_validator(page.http, render_page(page, "portal/procedure", std::move(model)));
}

}  // namespace

Response national_portal_page(PageRequest& page, const core::Procedure& procedure) {
  const auto link = app::national_portal_link(page.context.services.policy, procedure.code);
  json model{{"title", page.text("catalog.national.title")},
             {"nav", "procedures"},
             {"procedure", {{"code", procedure.code}, {"name", procedure.name}}},
             {"national_portal_url", link.value_or("")}};
  return render_page(page, "portal/national_portal", std::move(model), 409);
}

void register_catalog_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/", home);
  add_page(router, context, Method::get, "/thu-tuc", search);
  add_page(router, context, Method::get, "/dich-vu-cong-truc-tuyen", online_services);
  add_page(router, context, Method::get, "/thu-tuc/{code}", procedure);
  register_sitemap_pages(router, context);
}

}  // namespace motcua::web::portal
