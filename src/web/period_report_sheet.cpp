#include "web/period_report_sheet.hpp"

namespace motcua::web {

app::Sheet period_report_sheet(const views::Translations& translations, const std::string& lang,
                               const app::PeriodReportDocument& document) {
  const auto text = [&](const std::string& key) { return translations.text(lang, key); };
  app::Sheet sheet;
  sheet.name = text("report.sheet");
  sheet.title_lines = {document.unit.name, text("report.title"),
                       translations.format(lang, "report.period",
                                           {{"from", core::format_display_date(document.from)},
                                            {"to", core::format_display_date(document.to)}})};
  sheet.columns = {{text("report.number"), 7}, {text("report.subject"), 50}};
  for (const auto name : core::kFigureNames)
    sheet.columns.push_back({text("report.figure." + std::string{name}), 13, true});
  for (const auto& row : core::report_rows(document.report)) {
    std::vector<std::string> cells{row.number, row.level == 2 ? text("report.total") : row.subject};
    for (const auto value : row.values) cells.push_back(std::to_string(value));
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

}  // namespace motcua::web
