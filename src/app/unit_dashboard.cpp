#include "app/unit_dashboard.hpp"

#include <algorithm>
#include <map>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/report_scope.hpp"

namespace motcua::app {
namespace {

std::vector<DashboardRow> largest_first(std::map<long long, DashboardRow> rows) {
  std::vector<DashboardRow> out;
  for (auto& [id, row] : rows) out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(), [](const DashboardRow& a, const DashboardRow& b) {
    return a.counts.received > b.counts.received;
  });
  return out;
}

}  // namespace

Dashboard UnitDashboard::public_totals(const std::string& unit_code, core::LocalDate from,
                                       core::LocalDate to) {
  check_period(from, to);
  const auto now = services_.clock.now();
  Dashboard totals;
  totals.from = from;
  totals.to = to;
  services_.store.read([&](Transaction& tx) {
    const auto units = tx.list_units();
    const auto found = std::find_if(units.begin(), units.end(), [&](const core::Unit& u) {
      return unit_code.empty() ? !u.parent_id : u.code == unit_code;
    });
    if (found == units.end()) throw_not_found("unit");
    totals.unit = *found;
    const auto scope = subtree_of(units, found->id);
    for (const auto& row : tx.list_outcomes(scope, period_start(from), period_end(to)))
      core::add_outcome(totals.total, row.outcome, now);
  });
  return totals;
}

Dashboard UnitDashboard::build(const Principal& who, const std::string& unit_code,
                               core::LocalDate from, core::LocalDate to) {
  check_period(from, to);
  const auto now = services_.clock.now();
  Dashboard dashboard;
  dashboard.from = from;
  dashboard.to = to;
  services_.store.read([&](Transaction& tx) {
    const auto units = tx.list_units();
    dashboard.unit = unit_to_show(who, units, unit_code);
    const auto scope = subtree_of(units, dashboard.unit.id);
    std::map<long long, const core::Unit*> by_id;
    for (const auto& unit : units) by_id[unit.id] = &unit;
    std::map<long long, DashboardRow> per_unit;
    std::map<long long, DashboardRow> per_official;
    const auto rows = tx.list_outcomes(scope, period_start(from), period_end(to));
    for (const auto& row : rows) {
      core::add_outcome(dashboard.total, row.outcome, now);
      auto& unit_row = per_unit[row.competent_unit_id];
      if (unit_row.key.empty() && by_id.contains(row.competent_unit_id))
        unit_row = {by_id[row.competent_unit_id]->code, by_id[row.competent_unit_id]->name, {}};
      core::add_outcome(unit_row.counts, row.outcome, now);
      if (!row.assignee_id) continue;
      auto& official_row = per_official[*row.assignee_id];
      if (official_row.key.empty()) {
        if (auto user = tx.find_user(*row.assignee_id))
          official_row = {user->username, user->full_name, {}};
      }
      core::add_outcome(official_row.counts, row.outcome, now);
    }
    dashboard.by_unit = largest_first(std::move(per_unit));
    dashboard.by_official = largest_first(std::move(per_official));
  });
  return dashboard;
}

}  // namespace motcua::app
