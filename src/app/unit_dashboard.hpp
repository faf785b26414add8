#pragma once
// The leader's dashboard (requirements §5 B7): for a unit and its subunits and a period of
// reception, how many dossiers came in and how each kept its deadline, per unit and per official.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/service_stats.hpp"

namespace motcua::app {

struct DashboardRow {
  std::string key;    // unit code or user name
  std::string label;  // unit name or the official's full name
  core::OutcomeCounts counts;
};

struct Dashboard {
  core::Unit unit;
  core::LocalDate from{};
  core::LocalDate to{};  // inclusive
  core::OutcomeCounts total;
  std::vector<DashboardRow> by_unit;      // the competent units, largest first
  std::vector<DashboardRow> by_official;  // the officials named on dossiers, largest first
};

class UnitDashboard {
 public:
  explicit UnitDashboard(Services& services) : services_(services) {}

  // Leaders and administrators; `unit_code` defaults to the caller's unit and must lie within it
  // (administrators: any unit). Periods longer than a year are refused.
  Dashboard build(const Principal& who, const std::string& unit_code, core::LocalDate from,
                  core::LocalDate to);
  // The public statistics (requirements §4 P17): the totals alone, for anyone, of any unit (the
  // province when `unit_code` is empty).
  Dashboard public_totals(const std::string& unit_code, core::LocalDate from, core::LocalDate to);

 private:
  Services& services_;
};

}  // namespace motcua::app
