// The service indices page for leaders (requirements §5 B4, §13.7): each group's score of the unit
// and of every unit beneath it that handled dossiers, with the band, and the same table to
// download as Excel and PDF. This quarter by default.
#include <cstdio>

#include "app/service_index_reports.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/dashboard_query.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

json row_view(PageRequest& page, const app::IndexReportRow& row, bool total) {
  json cells = json::array();
  for (const auto& g : row.indices.groups)
    cells.push_back({{"score", decimal(g.score)},
                     {"points", g.points},
                     {"met", g.met},
                     {"measured", g.measured}});
  return {
      {"name", total ? page.text("indices.total") + ": " + row.name : row.name},
      {"received", row.counts.received},
      {"cells", cells},
      {"total_score", decimal(row.indices.total)},
      {"band", page.text("indices.band." + std::string{core::index_band_name(row.indices.band)})},
      {"is_total", total}};
}

Response index_report_page(PageRequest& page) {
  const auto query =
      quarter_query(page.http, page.context.services.clock.now(), "tu-ngay", "den-ngay", "don-vi");
  const auto document = app::ServiceIndexReports(page.context.services)
                            .build(page.principal(), query.unit, query.from, query.to);
  json headings = json::array();
  for (const auto group : core::kIndexGroups)
    headings.push_back(page.text("indices.group." + std::string{core::index_group_name(group)}));
  json rows = json::array();
  for (const auto& row : document.units) rows.push_back(row_view(page, row, false));
  rows.push_back(row_view(page, document.total, true));
  const auto download = "?from=" + core::format_date(document.from) +
                        "&to=" + core::format_date(document.to) + "&unit=" + document.unit.code;
  json model{{"title", page.text("indices.title")},
             {"nav", "backoffice"},
             {"unit", document.unit.name},
             {"from", core::format_date(document.from)},
             {"to", core::format_date(document.to)},
             {"caption",
              page.context.translations.format(page.lang(), "indices.period",
                                               {{"from", core::format_display_date(document.from)},
                                                {"to", core::format_display_date(document.to)}})},
             {"headings", headings},
             {"rows", rows},
             {"total_score", decimal(document.total.indices.total)},
             {"band", page.text("indices.band." +
                                std::string{core::index_band_name(document.total.indices.band)})},
             {"xlsx_url", "/api/v1/reports/indices.xlsx" + download},
             {"pdf_url", "/api/v1/reports/indices.pdf" + download}};
  return render_page(page, "backoffice/index_report", std::move(model), 200);
}

}  // namespace

void register_index_report_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua/bao-cao/chi-so", index_report_page);
}

}  // namespace motcua::web::backoffice
