// The leader's dashboard page: the period's figures for the leader's unit and the units below it,
// a chart per unit drawn on the server with the same figures in a table, and one row per official.
#include "app/unit_dashboard.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/backoffice/outcome_chart.hpp"
#include "web/dashboard_query.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

std::string percent(long long part, long long whole) {
  if (whole == 0) return "–";
  return std::to_string((part * 1000 / whole + 5) / 10) + " %";
}

json row_view(const std::string& label, const core::OutcomeCounts& c) {
  return {{"label", label},
          {"received", c.received},
          {"early", c.early},
          {"on_time", c.on_time},
          {"late", c.late},
          {"in_time", c.in_time},
          {"overdue", c.overdue},
          {"refused", c.refused},
          {"stopped", c.stopped},
          {"supplement_rate", percent(c.supplemented, c.received)},
          {"on_time_rate", percent(c.early + c.on_time, c.resolved())}};
}

json rows_view(const std::vector<app::DashboardRow>& rows) {
  json out = json::array();
  for (const auto& row : rows) out.push_back(row_view(row.label, row.counts));
  return out;
}

Response dashboard_page(PageRequest& page) {
  const auto query = dashboard_query(page.http, page.context.services.clock.now(), "tu-ngay",
                                     "den-ngay", "don-vi");
  const auto board = app::UnitDashboard(page.context.services)
                         .build(page.principal(), query.unit, query.from, query.to);
  json model{{"title", page.text("bo.dashboard.title")},
             {"nav", "backoffice"},
             {"unit", board.unit.name},
             {"from", core::format_date(board.from)},
             {"to", core::format_date(board.to)},
             {"total", row_view(board.unit.name, board.total)},
             {"units", rows_view(board.by_unit)},
             {"officials", rows_view(board.by_official)},
             {"has_units", !board.by_unit.empty()},
             {"has_officials", !board.by_official.empty()},
             {"chart", outcome_chart_svg(page.context.translations, page.lang(), board.by_unit)}};
  return render_page(page, "backoffice/dashboard", std::move(model), 200);
}

}  // namespace

void register_dashboard_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua/bao-cao", dashboard_page);
}

}  // namespace motcua::web::backoffice
