#pragma once
// The service indices as an Excel table: one row per unit, then the total, each group's score as
// a number, headed in the reader's language.
#include <string>

#include "app/ports/spreadsheet_writer.hpp"
#include "app/service_index_reports.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

app::Sheet index_report_sheet(const views::Translations& translations, const std::string& lang,
                              const app::IndexReportDocument& report);

}  // namespace motcua::web
