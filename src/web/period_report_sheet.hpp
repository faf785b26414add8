#pragma once
// The periodic report as an Excel table: the same rows and columns as the PDF, headed in the
// reader's language, the figures as numbers.
#include <string>

#include "app/period_reports.hpp"
#include "app/ports/spreadsheet_writer.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

app::Sheet period_report_sheet(const views::Translations& translations, const std::string& lang,
                               const app::PeriodReportDocument& report);

}  // namespace motcua::web
