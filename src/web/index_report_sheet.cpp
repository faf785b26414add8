#include "web/index_report_sheet.hpp"

#include <cstdio>

namespace motcua::web {
namespace {

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

app::Sheet index_report_sheet(const views::Translations& translations, const std::string& lang,
                              const app::IndexReportDocument& document) {
  const auto text = [&](const std::string& key) { return translations.text(lang, key); };
  app::Sheet sheet;
  sheet.name = text("indices.sheet");
  sheet.title_lines = {document.unit.name, text("indices.title"),
                       translations.format(lang, "indices.period",
                                           {{"from", core::format_display_date(document.from)},
                                            {"to", core::format_display_date(document.to)}})};
  sheet.columns = {{text("indices.unit"), 45}};
  for (const auto group : core::kIndexGroups) {
    const std::string name{core::index_group_name(group)};
    sheet.columns.push_back({text("indices.group." + name), 16, true});
  }
  sheet.columns.push_back({text("indices.total"), 12, true});
  sheet.columns.push_back({text("indices.band"), 14});
  auto add = [&](const app::IndexReportRow& row, const std::string& label) {
    std::vector<std::string> cells{label};
    for (const auto& group : row.indices.groups) cells.push_back(decimal(group.score));
    cells.push_back(decimal(row.indices.total));
    cells.push_back(text("indices.band." + std::string{core::index_band_name(row.indices.band)}));
    sheet.rows.push_back(std::move(cells));
  };
  for (const auto& row : document.units) add(row, row.name);
  add(document.total, text("indices.total") + ": " + document.total.name);
  return sheet;
}

}  // namespace motcua::web
