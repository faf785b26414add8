// The leader's dashboard as data: received, resolved early / on time / late, open in time or
// overdue, and the supplement and refusal counts, for a unit subtree and a period of reception.
#include "app/unit_dashboard.hpp"
#include "web/api/api_support.hpp"
#include "web/dashboard_query.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json counts_json(const core::OutcomeCounts& c) {
  return {
      {"received", c.received},
      {"resolved", {{"early", c.early}, {"on_time", c.on_time}, {"late", c.late}}},
      {"pending", {{"in_time", c.in_time}, {"overdue", c.overdue}}},
      {"refused", c.refused},
      {"withdrawn", c.withdrawn},
      {"stopped", c.stopped},
      {"supplemented", c.supplemented},
      {"online", c.online},
      {"rated", c.rated},
      // The share of rated dossiers whose applicant was satisfied, in percent; null unrated.
      {"satisfaction", c.rated > 0 ? json(100.0 * double(c.satisfied) / double(c.rated)) : json()}};
}

json rows_json(const std::vector<app::DashboardRow>& rows) {
  json out = json::array();
  for (const auto& row : rows)
    out.push_back({{"key", row.key}, {"name", row.label}, {"counts", counts_json(row.counts)}});
  return out;
}

Response dashboard(WebContext& context, Request& request, Caller& caller) {
  const auto query = dashboard_query(request, context.services.clock.now(), "from", "to", "unit");
  const auto board = app::UnitDashboard(context.services)
                         .build(signed_in(caller), query.unit, query.from, query.to);
  return ok({{"unit", {{"code", board.unit.code}, {"name", board.unit.name}}},
             {"from", core::format_date(board.from)},
             {"to", core::format_date(board.to)},
             {"total", counts_json(board.total)},
             {"by_unit", rows_json(board.by_unit)},
             {"by_official", rows_json(board.by_official)}});
}

// The public statistics: the totals of a unit's subtree (the province by default).
Response statistics(WebContext& context, Request& request, Caller&) {
  const auto query = dashboard_query(request, context.services.clock.now(), "from", "to", "unit");
  const auto totals =
      app::UnitDashboard(context.services).public_totals(query.unit, query.from, query.to);
  auto body = counts_json(totals.total);
  body["unit"] = {{"code", totals.unit.code}, {"name", totals.unit.name}};
  body["from"] = core::format_date(totals.from);
  body["to"] = core::format_date(totals.to);
  return ok(body);
}

}  // namespace

void register_dashboard_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/work/dashboard", dashboard);
  add_route(router, context, Method::get, "/api/v1/stats", statistics);
}

}  // namespace motcua::web::api
