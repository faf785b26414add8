#include "printouts/index_report_form.hpp"

#include <array>
#include <cstdio>
#include <string_view>

#include "printouts/formatting.hpp"
#include "printouts/landscape_document.hpp"

namespace motcua::printouts {
namespace {

struct IndexLabels {
  std::string_view title;
  std::string_view period;
  std::string_view unit;
  std::string_view unit_column;
  std::array<std::string_view, core::kIndexGroupCount> groups;
  std::string_view total;
  std::string_view band;
  std::array<std::string_view, 5> bands;  // excellent … weak
  std::string_view footer;
  std::string_view reading;
};

constexpr IndexLabels kVietnamese{
    .title = "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    .period = "Hồ sơ tiếp nhận từ ngày {from} đến ngày {to}",
    .unit = "Đơn vị: {unit}",
    .unit_column = "Đơn vị",
    .groups = {"Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ trực tuyến",
               "Thanh toán trực tuyến", "Mức độ hài lòng", "Số hóa hồ sơ"},
    .total = "Tổng điểm",
    .band = "Xếp loại",
    .bands = {"Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"},
    .footer = "Chỉ số phục vụ người dân, doanh nghiệp - Trang {page}/{pages}",
    .reading =
        "Mỗi nhóm chỉ số được tính bằng số điểm tối đa nhân với tỷ lệ hồ sơ đạt yêu cầu của "
        "nhóm (theo Quyết định 766/QĐ-TTg); nhóm không phát sinh hồ sơ được tính đủ điểm.",
};

constexpr IndexLabels kEnglish{
    .title = "SERVICE INDICES IN HANDLING ADMINISTRATIVE PROCEDURES",
    .period = "Dossiers received from {from} to {to}",
    .unit = "Unit: {unit}",
    .unit_column = "Unit",
    .groups = {"Disclosure", "Progress", "Online service", "Online payment", "Satisfaction",
               "Digitisation"},
    .total = "Total",
    .band = "Band",
    .bands = {"Excellent", "Good", "Fair", "Average", "Weak"},
    .footer = "Service indices - Page {page} of {pages}",
    .reading =
        "Each group scores its maximum points times the share of dossiers that met its "
        "measure (after Decision 766/QD-TTg); a group with no dossier scores full points.",
};

std::string score_text(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", score);
  return text;
}

std::vector<std::string> row_cells(const app::IndexReportRow& row, const IndexLabels& text) {
  std::vector<std::string> cells{row.name};
  for (const auto& group : row.indices.groups)
    cells.push_back(score_text(group.score) + "/" + std::to_string(group.points));
  cells.push_back(score_text(row.indices.total));
  cells.push_back(std::string{text.bands[static_cast<std::size_t>(row.indices.band)]});
  return cells;
}

Table index_table(const app::IndexReportDocument& document, const IndexLabels& text) {
  Table table{.columns = {{std::string{text.unit_column}, 0.25, Align::left}},
              .header = {.family = kSans, .size = 8, .bold = true, .align = Align::center},
              .body = {.family = kSans, .size = 8.5}};
  for (const auto& title : text.groups)
    table.columns.push_back({std::string{title}, 0.09, Align::right});
  table.columns.push_back({std::string{text.total}, 0.08, Align::right});
  table.columns.push_back({std::string{text.band}, 0.13, Align::center});
  for (const auto& row : document.units) table.rows.push_back(row_cells(row, text));
  auto total = row_cells(document.total, text);
  total.front() = std::string{text.total} + ": " + document.total.name;
  table.rows.push_back(std::move(total));
  return table;
}

}  // namespace

std::string draw_index_report(const app::IndexReportDocument& report,
                              const app::PrintContext& context) {
  const auto& labels = labels_for(context.lang);
  const auto& text = context.lang == "en" ? kEnglish : kVietnamese;
  return draw_landscape({.title = std::string{text.title}, .subject = report.unit.name},
                        text.footer, [&](PageLayout& page) {
                          report_heading(page, report.unit, report.from, report.to,
                                         {text.title, text.period, text.unit}, context, labels);
                          page.table(index_table(report, text));
                          page.skip(4);
                          page.paragraph(text.reading, {.size = 9, .italic = true});
                        });
}

}  // namespace motcua::printouts
