#include "web/portal/catalog_view.hpp"

#include <algorithm>

#include "web/json_views.hpp"
#include "web/pages/safe_redirect.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

// Few enough page links to fit a phone: the current page and two either side.
constexpr int kPageWindow = 2;

std::string level_label(const views::Translations& translations, const std::string& lang,
                        core::ServiceLevel level) {
  return translations.text(lang, "level." + std::string(core::service_level_name(level)));
}

std::string audience_label(const views::Translations& translations, const std::string& lang,
                           core::Audience audience) {
  return translations.text(lang, "catalog.audience." + std::string(core::audience_name(audience)));
}

json choice(const std::string& value, const std::string& label, const std::string& current) {
  return {{"value", value}, {"label", label}, {"selected", value == current}};
}

json level_choices(const views::Translations& t, const std::string& lang,
                   const SearchParams& params, bool online_only) {
  json out = json::array();
  for (const auto level : {core::ServiceLevel::toan_trinh, core::ServiceLevel::mot_phan,
                           core::ServiceLevel::truc_tiep}) {
    if (online_only && level == core::ServiceLevel::truc_tiep) continue;
    const std::string name(core::service_level_name(level));
    out.push_back(choice(name, level_label(t, lang, level), params.level));
  }
  return out;
}

json audience_choices(const views::Translations& t, const std::string& lang,
                      const SearchParams& params) {
  json out = json::array();
  for (const auto audience : {core::Audience::citizen, core::Audience::business}) {
    const std::string name(core::audience_name(audience));
    out.push_back(choice(name, audience_label(t, lang, audience), params.audience));
  }
  return out;
}

json sort_choices(const views::Translations& t, const std::string& lang,
                  const SearchParams& params) {
  json out = json::array();
  for (const char* sort : {"", "name", "duration", "code"}) {
    const std::string key = *sort == '\0' ? "relevance" : sort;
    out.push_back(choice(sort, t.text(lang, "catalog.sort." + key), params.sort));
  }
  return out;
}

std::string name_of(const std::string& code, const app::CatalogFilters& filters, bool agency) {
  if (agency) {
    for (const auto& unit : filters.agencies)
      if (unit.code == code) return unit.name;
  } else {
    for (const auto& sector : filters.sectors)
      if (sector.code == code) return sector.name;
  }
  return code;
}

// The filters in force, each with a link that drops it (and keeps the others).
json active_filters(const views::Translations& t, const std::string& lang,
                    const app::CatalogFilters& filters, const SearchParams& params,
                    const CatalogList& list) {
  json out = json::array();
  auto add = [&](const std::string& label_key, const std::string& value, auto clear) {
    if (value.empty()) return;
    SearchParams without = params;
    clear(without);
    out.push_back({{"label", t.text(lang, label_key)},
                   {"value", value},
                   {"remove_url", catalog_list_base(list.path, without)}});
  };
  add("search.agency", params.agency.empty() ? "" : name_of(params.agency, filters, true),
      [](SearchParams& p) { p.agency.clear(); });
  add("search.sector", params.sector.empty() ? "" : name_of(params.sector, filters, false),
      [](SearchParams& p) { p.sector.clear(); });
  add("catalog.filter.level", params.level.empty() ? "" : t.text(lang, "level." + params.level),
      [](SearchParams& p) { p.level.clear(); });
  add("catalog.filter.audience",
      params.audience.empty() ? "" : t.text(lang, "catalog.audience." + params.audience),
      [](SearchParams& p) { p.audience.clear(); });
  return out;
}

std::string trim_base(std::string url) {
  if (!url.empty() && (url.back() == '&' || url.back() == '?')) url.pop_back();
  return url;
}

json card_for_list(const CatalogListContext& context, const CatalogList& list,
                   const app::ProcedureHit& hit) {
  auto card = procedure_card_view(context.translations, context.lang, hit);
  if (!list.online_only) return card;
  // The online-services list offers filing straight from the card: on the national portal in a
  // deployment that files there (requirements §13.6), else on the procedure's page.
  const auto national = app::national_portal_link(context.policy, hit.procedure.code);
  card["apply_url"] =
      national ? *national : "/thu-tuc/" + url_encode(hit.procedure.code) + "#nop-ho-so";
  card["apply_external"] = national.has_value();
  return card;
}

json empty_help(const CatalogListContext& context, const CatalogList& list,
                const SearchParams& params) {
  const auto& t = context.translations;
  json help = json::object();
  if (!context.suggestion.empty()) {
    SearchParams corrected = params;
    corrected.q = context.suggestion;
    help["suggestion"] = {{"text", context.suggestion},
                          {"url", trim_base(catalog_list_base(list.path, corrected))}};
  }
  if (context.total_without_filters && *context.total_without_filters > 0) {
    help["without_filters"] = {
        {"text", t.format(context.lang, "catalog.empty.without_filters",
                          {{"total", std::to_string(*context.total_without_filters)}})},
        {"url", trim_base(catalog_list_base(list.path, SearchParams{params.q}))}};
  }
  return help;
}

std::string list_title(const CatalogListContext& context, const CatalogList& list,
                       const SearchParams& params) {
  const auto& t = context.translations;
  auto title = t.text(context.lang, list.title_key);
  if (!params.q.empty())
    title = t.format(context.lang, "catalog.title_for", {{"q", params.q}, {"list", title}});
  if (params.page > 1)
    title += " – " + t.text(context.lang, "search.page") + " " + std::to_string(params.page);
  return title;
}

}  // namespace

json search_form_view(const app::CatalogFilters& filters, const SearchParams& params) {
  json agencies = json::array();
  for (const auto& unit : filters.agencies) {
    agencies.push_back(
        {{"code", unit.code}, {"name", unit.name}, {"selected", unit.code == params.agency}});
  }
  json sectors = json::array();
  for (const auto& sector : filters.sectors) {
    sectors.push_back({{"code", sector.code},
                       {"name", sector.name},
                       {"procedure_count", sector.procedure_count},
                       {"selected", sector.code == params.sector}});
  }
  return {{"q", params.q}, {"agencies", agencies}, {"sectors", sectors}};
}

json catalog_filters_view(const views::Translations& translations, const std::string& lang,
                          const app::CatalogFilters& filters, const SearchParams& params,
                          const CatalogList& list) {
  auto view = search_form_view(filters, params);
  view["action"] = list.path;
  view["levels"] = level_choices(translations, lang, params, list.online_only);
  view["audiences"] = audience_choices(translations, lang, params);
  view["sorts"] = sort_choices(translations, lang, params);
  const auto active = active_filters(translations, lang, filters, params, list);
  view["active"] = active;
  view["has_active"] = !active.empty();
  view["clear_url"] = trim_base(catalog_list_base(list.path, SearchParams{params.q}));
  return view;
}

std::string catalog_list_base(const std::string& path, const SearchParams& params) {
  std::string url = path + "?";
  for (const auto& [name, value] : {std::pair<const char*, const std::string&>{"q", params.q},
                                    {"agency", params.agency},
                                    {"sector", params.sector},
                                    {"level", params.level},
                                    {"audience", params.audience},
                                    {"sort", params.sort}}) {
    if (!value.empty()) url += std::string(name) + "=" + url_encode(value) + "&";
  }
  return url;
}

json catalog_list_view(const CatalogListContext& context, const CatalogList& list,
                       const SearchParams& params, json filters,
                       const app::Page<app::ProcedureHit>& found) {
  const auto& t = context.translations;
  json results = json::array();
  for (const auto& hit : found.items) results.push_back(card_for_list(context, list, hit));
  const long long first = static_cast<long long>(params.page - 1) * kResultsPerPage + 1;
  json model{{"title", list_title(context, list, params)},
             {"heading", t.text(context.lang, list.title_key)},
             {"intro", t.text(context.lang, list.intro_key)},
             {"nav", list.nav},
             {"meta_description", t.text(context.lang, list.intro_key)},
             {"filters", std::move(filters)},
             {"results", results},
             {"has_results", !results.empty()},
             {"found_text",
              t.format(context.lang, "search.found", {{"total", std::to_string(found.total)}})},
             {"pagination", pagination_view(catalog_list_base(list.path, params), params.page,
                                            found.total, kResultsPerPage)}};
  if (!results.empty() && found.total > kResultsPerPage) {
    model["range_text"] =
        t.format(context.lang, "catalog.range",
                 {{"from", std::to_string(first)},
                  {"to", std::to_string(first + static_cast<long long>(results.size()) - 1)}});
  }
  if (results.empty()) model["empty"] = empty_help(context, list, params);
  return model;
}

json procedure_card_view(const views::Translations& translations, const std::string& lang,
                         const app::ProcedureHit& hit) {
  auto card = procedure_summary_json(hit.procedure);
  card["name_highlighted"] = hit.name_highlighted;
  card["level_label"] = level_label(translations, lang, hit.procedure.level);
  card["audience_label"] = audience_label(translations, lang, hit.procedure.audience);
  card["duration_text"] =
      translations.format(lang, "catalog.duration_days",
                          {{"days", std::to_string(hit.procedure.duration_working_days)}});
  return card;
}

json pagination_view(const std::string& base, int page, long long total, int per_page) {
  const int pages = static_cast<int>((total + per_page - 1) / per_page);
  if (pages <= 1) return nullptr;
  page = std::clamp(page, 1, pages);
  auto url = [&](int n) { return base + "page=" + std::to_string(n); };
  json links = json::array();
  for (int n = std::max(1, page - kPageWindow); n <= std::min(pages, page + kPageWindow); ++n) {
    links.push_back({{"number", n}, {"url", url(n)}, {"current", n == page}});
  }
  json view{{"pages", links}};
  if (page > 1) view["previous"] = url(page - 1);
  if (page < pages) view["next"] = url(page + 1);
  return view;
}

std::string display_money(long long amount_vnd) {
  auto digits = std::to_string(amount_vnd < 0 ? -amount_vnd : amount_vnd);
  for (int pos = static_cast<int>(digits.size()) - 3; pos > 0; pos -= 3) digits.insert(pos, ".");
  return (amount_vnd < 0 ? "-" : "") + digits + " đ";
}

std::string procedure_meta_description(const views::Translations& translations,
                                       const std::string& lang, const core::Procedure& procedure) {
  return translations.format(
      lang, "catalog.procedure_description",
      {{"name", procedure.name},
       {"agency", procedure.agency_name.empty() ? procedure.agency_code : procedure.agency_name},
       {"level", level_label(translations, lang, procedure.level)},
       {"days", std::to_string(procedure.duration_working_days)},
       {"code", procedure.code}});
}

}  // namespace motcua::web
