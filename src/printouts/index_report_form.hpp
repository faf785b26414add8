#pragma once
// The service indices of a unit and its subunits (QĐ 766/QĐ-TTg) on landscape A4: one row per unit
// with each group's score out of its points, the total and the band.
#include <string>

#include "app/ports/printer.hpp"
#include "app/service_index_reports.hpp"

namespace motcua::printouts {

std::string draw_index_report(const app::IndexReportDocument& report,
                              const app::PrintContext& context);

}  // namespace motcua::printouts
