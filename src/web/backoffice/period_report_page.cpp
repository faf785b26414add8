// The periodic report page for leaders (requirements §5 B4): the period's table per sector and
// procedure, with the same figures to download as Excel and PDF. This quarter by default.
#include "app/period_reports.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/dashboard_query.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

json rows_view(const core::PeriodReport& report, const std::string& total_label) {
  json rows = json::array();
  for (const auto& row : core::report_rows(report)) {
    json cells = json::array();
    for (const auto value : row.values) cells.push_back(value);
    rows.push_back({{"number", row.number},
                    {"subject", row.level == 2 ? total_label : row.subject},
                    {"sector", row.level == 0},
                    {"total", row.level == 2},
                    {"cells", cells}});
  }
  return rows;
}

Response period_report_page(PageRequest& page) {
  const auto now = page.context.services.clock.now();
  const auto query = quarter_query(page.http, now, "tu-ngay", "den-ngay", "don-vi");
  const auto document = app::PeriodReports(page.context.services)
                            .build(page.principal(), query.unit, query.from, query.to);
  json headings = json::array();
  for (const auto name : core::kFigureNames)
    headings.push_back(page.text("report.figure." + std::string{name}));
  const auto download = "?from=" + core::format_date(document.from) +
                        "&to=" + core::format_date(document.to) + "&unit=" + document.unit.code;
  json model{{"title", page.text("report.page_title")},
             {"nav", "backoffice"},
             {"unit", document.unit.name},
             {"from", core::format_date(document.from)},
             {"to", core::format_date(document.to)},
             {"caption",
              page.context.translations.format(page.lang(), "report.caption",
                                               {{"from", core::format_display_date(document.from)},
                                                {"to", core::format_display_date(document.to)}})},
             {"headings", headings},
             {"rows", rows_view(document.report, page.text("report.total"))},
             {"empty", document.report.sectors.empty()},
             {"xlsx_url", "/api/v1/reports/period.xlsx" + download},
             {"pdf_url", "/api/v1/reports/period.pdf" + download}};
  return render_page(page, "backoffice/period_report", std::move(model), 200);
}

}  // namespace

void register_period_report_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua/bao-cao/dinh-ky", period_report_page);
}

}  // namespace motcua::web::backoffice
