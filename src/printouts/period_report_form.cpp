#include "printouts/period_report_form.hpp"

#include <array>
#include <string_view>

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"
#include "printouts/landscape_document.hpp"

namespace motcua::printouts {
namespace {

constexpr std::size_t kFigureColumns = core::kFigureCount;

struct ReportLabels {
  std::string_view number;  // Biểu số 06a/VPCP/KSTT
  std::string_view title;
  std::string_view period;  // {from} {to}
  std::string_view unit;    // {unit}
  std::string_view subject;
  std::array<std::string_view, kFigureColumns> figures;
  std::string_view total;
  std::string_view empty;
  std::string_view footer;  // {page} {pages}
  std::string_view reading;
};

constexpr ReportLabels kVietnamese{
    .number = "Biểu số 06a/VPCP/KSTT",
    .title = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    .period = "Kỳ báo cáo: từ ngày {from} đến ngày {to}",
    .unit = "Đơn vị báo cáo: {unit}",
    .subject = "Lĩnh vực, thủ tục hành chính",
    .figures = {"Nhận: tổng số", "Từ kỳ trước", "Mới: trực tuyến", "Mới: trực tiếp, bưu chính",
                "Đã giải quyết: tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Trả lại, rút, dừng",
                "Đang giải quyết: tổng số", "Trong hạn", "Quá hạn"},
    .total = "Tổng cộng",
    .empty = "Không có hồ sơ nào trong kỳ báo cáo.",
    .footer = "Báo cáo tình hình giải quyết TTHC - Trang {page}/{pages}",
    .reading =
        "Số hồ sơ nhận giải quyết = đã giải quyết + trả lại, rút, dừng + đang giải quyết. "
        "Hồ sơ đang giải quyết được xét trong hạn hay quá hạn tại cuối kỳ báo cáo.",
};

constexpr ReportLabels kEnglish{
    .number = "Form 06a/VPCP/KSTT",
    .title = "HANDLING OF ADMINISTRATIVE PROCEDURES",
    .period = "Reporting period: {from} to {to}",
    .unit = "Reporting unit: {unit}",
    .subject = "Sector, procedure",
    .figures = {"To handle: total", "Carried over", "New: online", "New: desk or post",
                "Resolved: total", "Early", "On time", "Late", "Refused, withdrawn, stopped",
                "Pending: total", "In time", "Overdue"},
    .total = "Total",
    .empty = "No dossier in the reporting period.",
    .footer = "Handling of administrative procedures - Page {page} of {pages}",
    .reading =
        "Dossiers to handle = resolved + refused, withdrawn or stopped + pending. Pending "
        "dossiers are judged in time or overdue at the end of the period.",
};

const ReportLabels& report_labels_for(std::string_view lang) {
  return lang == "en" ? kEnglish : kVietnamese;
}

Table report_table(const core::PeriodReport& report, const ReportLabels& text,
                   const Labels& labels) {
  Table table{.columns = {{std::string{labels.number_column}, 0.045, Align::center},
                          {std::string{text.subject}, 0.235, Align::left}},
              .header = {.family = kSans, .size = 7.5, .bold = true, .align = Align::center},
              .body = {.family = kSans, .size = 8}};
  for (const auto& title : text.figures)
    table.columns.push_back({std::string{title}, 0.72 / kFigureColumns, Align::right});
  for (const auto& row : core::report_rows(report)) {
    std::vector<std::string> cells{row.number, row.level == 2
                                                   ? std::string{text.total}
                                                   : (row.level == 1 ? "– " : "") + row.subject};
    for (const auto value : row.values) cells.push_back(std::to_string(value));
    table.rows.push_back(std::move(cells));
  }
  return table;
}

void compose(PageLayout& page, const app::PeriodReportDocument& document,
             const app::PrintContext& context, const ReportLabels& text, const Labels& labels) {
  form_number(page, text.number);
  report_heading(page, document.unit, document.from, document.to,
                 {text.title, text.period, text.unit}, context, labels);
  if (document.report.sectors.empty()) {
    page.paragraph(text.empty);
    return;
  }
  page.table(report_table(document.report, text, labels));
  page.skip(4);
  page.paragraph(text.reading, {.size = 9, .italic = true});
}

}  // namespace

std::string draw_period_report(const app::PeriodReportDocument& report,
                               const app::PrintContext& context) {
  const auto& labels = labels_for(context.lang);
  const auto& text = report_labels_for(context.lang);
  return draw_landscape({.title = std::string{text.title}, .subject = report.unit.name},
                        text.footer,
                        [&](PageLayout& page) { compose(page, report, context, text, labels); });
}

}  // namespace motcua::printouts
