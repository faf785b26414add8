#include "app/period_reports.hpp"

#include <algorithm>

#include "app/errors.hpp"
#include "app/report_scope.hpp"

namespace motcua::app {

PeriodReportDocument PeriodReports::build(const Principal& who, const std::string& unit_code,
                                          core::LocalDate from, core::LocalDate to) {
  check_period(from, to);
  PeriodReportDocument document;
  document.from = from;
  document.to = to;
  const auto start = period_start(from);
  const auto end = period_end(to);
  document.as_of = std::min(end, services_.clock.now());
  std::vector<core::ReportedDossier> dossiers;
  services_.store.read([&](Transaction& tx) {
    const auto units = tx.list_units();
    document.unit = unit_to_show(who, units, unit_code);
    dossiers = tx.list_reported_dossiers(subtree_of(units, document.unit.id), start, end);
  });
  document.report = core::build_period_report(dossiers, start, end, document.as_of);
  return document;
}

std::string PeriodReports::pdf(const PeriodReportDocument& document, const std::string& lang) {
  const auto context = report_print_context(services_, lang);
  return services_.printer->render_period_report(document, context);
}

}  // namespace motcua::app
