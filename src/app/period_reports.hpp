#pragma once
// The periodic report on handling administrative procedures (requirements §5 B4; Circular
// 01/2020/TT-VPCP biểu 06a) for a unit and its subunits, as figures, as a PDF and as an Excel
// workbook: leaders see their own unit's subtree, administrators any unit.
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/period_report.hpp"

namespace motcua::app {

struct PeriodReportDocument {
  core::Unit unit;
  core::LocalDate from{};
  core::LocalDate to{};   // inclusive
  core::Instant as_of{};  // pending dossiers are judged overdue or not at this instant
  core::PeriodReport report;
};

class PeriodReports {
 public:
  explicit PeriodReports(Services& services) : services_(services) {}

  // forbidden unless leader or administrator; not_found for a unit outside the caller's;
  // invalid_input for a reversed period or one longer than a year.
  PeriodReportDocument build(const Principal& who, const std::string& unit_code,
                             core::LocalDate from, core::LocalDate to);
  // The report on landscape A4 pages; unavailable without a printer.
  std::string pdf(const PeriodReportDocument& document, const std::string& lang);

 private:
  Services& services_;
};

}  // namespace motcua::app
