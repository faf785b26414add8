#include "app/service_index_reports.hpp"

#include "app/report_scope.hpp"
#include "app/unit_dashboard.hpp"

namespace motcua::app {
namespace {

IndexReportRow row_of(std::string code, std::string name, const core::OutcomeCounts& counts) {
  return {std::move(code), std::move(name), counts, core::service_indices(counts)};
}

}  // namespace

IndexReportDocument ServiceIndexReports::build(const Principal& who, const std::string& unit_code,
                                               core::LocalDate from, core::LocalDate to) {
  const auto dashboard = UnitDashboard(services_).build(who, unit_code, from, to);
  IndexReportDocument document{.unit = dashboard.unit, .from = dashboard.from, .to = dashboard.to};
  document.total = row_of(dashboard.unit.code, dashboard.unit.name, dashboard.total);
  for (const auto& row : dashboard.by_unit)
    document.units.push_back(row_of(row.key, row.label, row.counts));
  return document;
}

std::string ServiceIndexReports::pdf(const IndexReportDocument& document, const std::string& lang) {
  const auto context = report_print_context(services_, lang);
  return services_.printer->render_index_report(document, context);
}

}  // namespace motcua::app
