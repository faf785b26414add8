// The administrators' page on the national procedure catalog: when it was last read, each
// procedure's state against the local catalog (filtered by state), what differs, and a button to
// read it again now.
#include <algorithm>
#include <array>

#include "app/catalog_sync.hpp"
#include "core/text.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/responses.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/ket-noi/thu-tuc";

constexpr std::array kStates{core::CatalogState::matched, core::CatalogState::differs,
                             core::CatalogState::missing_here,
                             core::CatalogState::absent_nationally};

std::string badge(core::CatalogState state) {
  switch (state) {
    case core::CatalogState::matched:
      return "badge badge-verified";
    case core::CatalogState::differs:
      return "badge badge-warning";
    case core::CatalogState::missing_here:
      return "badge badge-danger";
    case core::CatalogState::absent_nationally:
      return "badge";
  }
  return "badge";
}

std::string state_label(PageRequest& page, core::CatalogState state) {
  return page.text("catalog_sync.state." + std::string(core::catalog_state_name(state)));
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

std::string fees_text(PageRequest& page, const std::vector<long long>& amounts) {
  std::vector<std::string> parts;
  for (const auto amount : amounts) parts.push_back(display_money(amount));
  return parts.empty() ? page.text("catalog_sync.free") : joined(parts);
}

std::string national_duration(const core::NationalProcedure& national) {
  std::vector<std::string> parts;
  for (const auto& d : national.durations) {
    const auto text = core::trim(d.value) + " " + core::trim(d.unit);
    if (std::find(parts.begin(), parts.end(), text) == parts.end()) parts.push_back(text);
  }
  return joined(parts);
}

// What differs, each field with the national and the local value.
json differences_view(PageRequest& page, const core::CatalogComparison& row) {
  json out = json::array();
  for (const auto field : row.differences) {
    const auto& national = *row.national;
    const auto& local = *row.local;
    std::string there;
    std::string here;
    if (field == core::CatalogField::name) {
      there = national.name;
      here = local.name;
    } else if (field == core::CatalogField::duration) {
      there = national_duration(national);
      here =
          page.context.translations.format(page.lang(), "catalog_sync.working_days",
                                           {{"days", std::to_string(local.duration_working_days)}});
    } else {
      there = fees_text(page, core::charged_amounts(national.fees_vnd));
      here = fees_text(page, core::charged_amounts(local.fees));
    }
    out.push_back(
        {{"field", page.text("catalog_sync.field." + std::string(core::catalog_field_name(field)))},
         {"national", there},
         {"local", here}});
  }
  return out;
}

json rows_view(PageRequest& page, const app::CatalogReport& report) {
  json rows = json::array();
  for (const auto& row : report.rows) {
    const auto differences = differences_view(page, row);
    rows.push_back({{"code", row.code},
                    {"name", row.national ? row.national->name : row.local->name},
                    {"state", state_label(page, row.state)},
                    {"badge", badge(row.state)},
                    {"differences", differences},
                    {"has_differences", !differences.empty()}});
  }
  return rows;
}

json filters_view(PageRequest& page, const app::CatalogReport& report,
                  std::optional<core::CatalogState> current) {
  int total = 0;
  json filters = json::array();
  for (const auto state : kStates) {
    const int count = report.counts.contains(state) ? report.counts.at(state) : 0;
    total += count;
    filters.push_back({{"label", state_label(page, state)},
                       {"count", count},
                       {"url", std::string(kPage) +
                                   "?trang-thai=" + std::string(core::catalog_state_name(state))},
                       {"current", current == state}});
  }
  filters.insert(filters.begin(), json{{"label", page.text("catalog_sync.all")},
                                       {"count", total},
                                       {"url", kPage},
                                       {"current", !current}});
  return filters;
}

Response render(PageRequest& page, std::optional<core::CatalogState> state,
                const std::string& error, int status) {
  const auto report = app::CatalogSync(page.context.services).report(page.principal(), state);
  const auto rows = rows_view(page, report);
  json model{{"title", page.text("catalog_sync.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"synced", report.last_sync.has_value()},
             {"filters", filters_view(page, report, state)},
             {"rows", rows},
             {"has_rows", !rows.empty()},
             {"sync_error", error}};
  if (const auto& sync = report.last_sync) {
    model["last_sync"] = core::format_display(sync->at);
    model["last_counts"] = {{"procedures", sync->procedures},
                            {"changed", sync->changed},
                            {"removed", sync->removed},
                            {"rejected", sync->rejected}};
  }
  if (page.http.query_param("xong")) model["flash"] = page.text("catalog_sync.done");
  return render_page(page, "backoffice/catalog_sync", std::move(model), status);
}

Response overview(PageRequest& page) {
  const auto wanted = page.http.query_param("trang-thai");
  const auto state = wanted ? core::parse_catalog_state(*wanted) : std::nullopt;
  return render(page, state, "", 200);
}

Response sync_now(PageRequest& page) {
  try {
    app::CatalogSync(page.context.services).run_now(page.principal());
  } catch (const app::AppError& error) {
    // The portal's failure is shown on the page; every other refusal is the usual error page.
    if (error.kind() != app::ErrorKind::unavailable && error.kind() != app::ErrorKind::bad_gateway)
      throw;
    const auto message =
        page.context.translations.format(page.lang(), error.message_key(), error.params);
    return render(page, std::nullopt, message, http_status(error.kind()));
  }
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_catalog_sync_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage, overview);
  add_page(router, context, Method::post, std::string(kPage) + "/dong-bo", sync_now);
}

}  // namespace motcua::web::backoffice
