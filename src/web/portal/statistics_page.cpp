// Thống kê (requirements §4 P17): a unit's figures for a period, as a chart drawn on the server
// (SVG) with the same figures in a table beside it, and as CSV.
#include <algorithm>
#include <array>

#include "app/catalog.hpp"
#include "app/unit_dashboard.hpp"
#include "core/text.hpp"
#include "web/dashboard_query.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

struct Figure {
  const char* key;
  long long value;
};

std::array<Figure, 10> figures_of(const core::OutcomeCounts& c) {
  return {{{"received", c.received},
           {"online", c.online},
           {"early", c.early},
           {"on_time", c.on_time},
           {"late", c.late},
           {"in_time", c.in_time},
           {"overdue", c.overdue},
           {"refused", c.refused},
           {"supplemented", c.supplemented},
           {"rated", c.rated}}};
}

// Horizontal bars, one per figure, scaled to the largest; the table beside it carries the figures
// for screen readers, so the drawing is hidden from them.
std::string bar_chart(PageRequest& page, const std::array<Figure, 10>& figures) {
  constexpr int kLabelWidth = 260;
  constexpr int kBarWidth = 380;
  constexpr int kRow = 28;
  long long largest = 1;
  for (const auto& f : figures) largest = std::max(largest, f.value);
  const int height = kRow * static_cast<int>(figures.size()) + 8;
  std::string svg = "<svg class=\"stats-chart\" role=\"img\" aria-hidden=\"true\" viewBox=\"0 0 " +
                    std::to_string(kLabelWidth + kBarWidth + 70) + " " + std::to_string(height) +
                    "\" xmlns=\"http://www.w3.org/2000/svg\">";
  int y = 4;
  for (const auto& f : figures) {
    const auto width = static_cast<int>(kBarWidth * f.value / largest);
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\">" +
           core::html_escape(page.text(std::string("stats.figure.") + f.key)) + "</text>";
    svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y + 4) +
           "\" width=\"" + std::to_string(std::max(width, 1)) + "\" height=\"18\"></rect>";
    svg += "<text x=\"" + std::to_string(kLabelWidth + width + 6) + "\" y=\"" +
           std::to_string(y + 18) + "\">" + std::to_string(f.value) + "</text>";
    y += kRow;
  }
  return svg + "</svg>";
}

app::Dashboard totals_of(PageRequest& page) {
  const auto query = dashboard_query(page.http, page.context.services.clock.now(), "tu-ngay",
                                     "den-ngay", "don-vi");
  return app::UnitDashboard(page.context.services).public_totals(query.unit, query.from, query.to);
}

std::string query_string(const app::Dashboard& totals) {
  return "don-vi=" + totals.unit.code + "&tu-ngay=" + core::format_date(totals.from) +
         "&den-ngay=" + core::format_date(totals.to);
}

Response statistics(PageRequest& page) {
  const auto totals = totals_of(page);
  const auto figures = figures_of(totals.total);
  json rows = json::array();
  for (const auto& f : figures)
    rows.push_back(
        {{"label", page.text(std::string("stats.figure.") + f.key)}, {"value", f.value}});
  json units = json::array();
  for (const auto& unit : app::Catalog(page.context.services).filters().agencies)
    units.push_back(
        {{"code", unit.code}, {"name", unit.name}, {"selected", unit.code == totals.unit.code}});
  const auto& c = totals.total;
  return render_page(
      page, "portal/statistics",
      {{"title", page.text("stats.title")},
       {"nav", "stats"},
       {"unit_name", totals.unit.name},
       {"units", units},
       {"from", core::format_date(totals.from)},
       {"to", core::format_date(totals.to)},
       {"rows", rows},
       {"chart", bar_chart(page, figures)},
       {"satisfaction",
        c.rated > 0 ? std::to_string(100 * c.satisfied / c.rated) + "%" : page.text("stats.none")},
       {"csv_url", "/thong-ke.csv?" + query_string(totals)}},
      200);
}

Response statistics_csv(PageRequest& page) {
  const auto totals = totals_of(page);
  std::string csv = "\xEF\xBB\xBF" + page.text("stats.csv_header") + "\r\n";
  for (const auto& f : figures_of(totals.total))
    csv += "\"" + page.text(std::string("stats.figure.") + f.key) + "\"," +
           std::to_string(f.value) + "\r\n";
  auto response = Response::text(200, csv);
  response.header("content-type", "text/csv; charset=utf-8");
  response.header("content-disposition", "attachment; filename=\"thong-ke-" + totals.unit.code +
                                             "-" + core::format_date(totals.from) + ".csv\"");
  return response;
}

}  // namespace

void register_statistics_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/thong-ke", statistics);
  add_page(router, context, Method::get, "/thong-ke.csv", statistics_csv);
}

}  // namespace motcua::web::portal
