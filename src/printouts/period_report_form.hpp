#pragma once
// The periodic report on handling administrative procedures (Circular 01/2020/TT-VPCP, biểu
// 06a/VPCP/KSTT) on landscape A4: one row per sector and per procedure beneath it, and the total.
#include <string>

#include "app/period_reports.hpp"
#include "app/ports/printer.hpp"

namespace motcua::printouts {

std::string draw_period_report(const app::PeriodReportDocument& report,
                               const app::PrintContext& context);

}  // namespace motcua::printouts
