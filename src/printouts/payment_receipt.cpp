#include "printouts/payment_receipt.hpp"

#include <stdexcept>
#include <string_view>

#include "printouts/amount_words.hpp"
#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"

namespace motcua::printouts {
namespace {

struct ReceiptLabels {
  std::string_view name;      // the PDF's title
  std::string_view title;     // BIÊN LAI THU PHÍ, LỆ PHÍ
  std::string_view subtitle;  // (Bản thể hiện của biên lai điện tử)
  std::string_view number;    // Số
  std::string_view collector;
  std::string_view payer;
  std::string_view purpose;  // {procedure} {code}
  std::string_view amount;
  std::string_view in_words;
  std::string_view method;
  std::string_view method_value;
  std::string_view transaction;
  std::string_view reference;
  std::string_view paid_at;
  std::string_view payer_sign;
  std::string_view collector_sign;
  std::string_view note;
};

constexpr ReceiptLabels kVietnamese{
    .name = "Biên lai thu phí, lệ phí",
    .title = "BIÊN LAI THU PHÍ, LỆ PHÍ",
    .subtitle = "(Bản thể hiện của biên lai điện tử)",
    .number = "Số biên lai",
    .collector = "Đơn vị thu",
    .payer = "Họ và tên người nộp",
    .purpose = "Nội dung thu: Phí, lệ phí giải quyết thủ tục “{procedure}”, hồ sơ {code}",
    .amount = "Số tiền",
    .in_words = "Viết bằng chữ",
    .method = "Hình thức thanh toán",
    .method_value = "Trực tuyến qua Nền tảng thanh toán trên Cổng Dịch vụ công quốc gia (PayGov)",
    .transaction = "Mã giao dịch",
    .reference = "Mã tham chiếu",
    .paid_at = "Thời gian thanh toán",
    .payer_sign = "NGƯỜI NỘP TIỀN",
    .collector_sign = "ĐƠN VỊ THU",
    .note =
        "Biên lai điện tử được lập và ký số trên Hệ thống thông tin giải quyết thủ tục hành "
        "chính; quét mã QR để tra cứu hồ sơ.",
};

constexpr ReceiptLabels kEnglish{
    .name = "Receipt of fees and charges",
    .title = "RECEIPT OF FEES AND CHARGES",
    .subtitle = "(Rendering of an electronic receipt)",
    .number = "Receipt number",
    .collector = "Collected by",
    .payer = "Paid by",
    .purpose = "For: fees and charges of the procedure “{procedure}”, dossier {code}",
    .amount = "Amount",
    .in_words = "In words",
    .method = "Paid",
    .method_value = "Online through the national payment platform (PayGov)",
    .transaction = "Transaction",
    .reference = "Reference",
    .paid_at = "Paid at",
    .payer_sign = "PAYER",
    .collector_sign = "COLLECTING UNIT",
    .note =
        "This electronic receipt was issued and digitally signed by the administrative "
        "procedure system; scan the QR code to look up the dossier.",
};

const ReceiptLabels& receipt_labels_for(std::string_view lang) {
  return lang == "en" ? kEnglish : kVietnamese;
}

const TextStyle kSubtitleStyle{.size = 11, .italic = true, .align = Align::center};
const TextStyle kNoteStyle{.size = 10, .italic = true, .align = Align::justify};

const app::ReceiptDetails& receipt_of(const app::PrintContext& context) {
  if (!context.receipt) throw std::logic_error("a payment receipt needs its payment");
  return *context.receipt;
}

// The fee is collected by the unit competent for the procedure (Decree 11/2020 Art 30), which
// heads the receipt in place of the desk that received the dossier.
app::DossierDetail as_collected(const app::DossierDetail& detail) {
  auto collected = detail;
  if (!detail.competent_unit.name.empty()) collected.receiving_unit = detail.competent_unit;
  return collected;
}

void payment_lines(PageLayout& page, const app::DossierDetail& detail,
                   const app::PrintContext& context, const ReceiptLabels& text,
                   const Labels& labels) {
  const auto& receipt = receipt_of(context);
  page.paragraph(labelled(text.collector, unit_with_address(detail.receiving_unit), labels));
  page.paragraph(labelled(text.payer, applicant_name(detail, context), labels, true));
  page.paragraph(labelled(labels.citizen_id, context.applicant_citizen_id, labels));
  page.paragraph(labelled(labels.address, context.applicant_address, labels));
  const auto& procedure =
      detail.procedure.name.empty() ? detail.dossier.procedure_name : detail.procedure.name;
  page.paragraph(fill(text.purpose, {{"procedure", procedure}, {"code", detail.dossier.code}}));
  page.paragraph(
      labelled(text.amount, money_in_figures(receipt.amount, context.lang), labels, true));
  page.paragraph(labelled(text.in_words, money_in_words(receipt.amount, context.lang), labels));
  page.paragraph(labelled(text.method, text.method_value, labels));
  page.paragraph(labelled(text.transaction, receipt.transaction_id, labels));
  page.paragraph(labelled(text.reference, receipt.payment_id, labels));
  page.paragraph(labelled(text.paid_at, clock_and_date(receipt.paid_at, labels), labels));
}

}  // namespace

PdfMetadata receipt_metadata(const app::DossierDetail& detail, const app::PrintContext& context) {
  const auto& text = receipt_labels_for(context.lang);
  const auto& receipt = receipt_of(context);
  const auto& unit =
      detail.competent_unit.name.empty() ? detail.receiving_unit.name : detail.competent_unit.name;
  return PdfMetadata{
      .title = std::string{text.name} + " " + receipt.number,
      .subject = detail.dossier.code,
      .author = unit.empty() ? context.province_name : unit,
      .created = core::format_iso(receipt.paid_at),
  };
}

void compose_receipt(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, const Labels& labels) {
  const auto& text = receipt_labels_for(context.lang);
  const auto& receipt = receipt_of(context);
  const auto collected = as_collected(detail);
  national_header(page, collected, context, receipt.paid_at, labels);
  page.skip(12);
  page.heading(text.title);
  page.paragraph(text.subtitle, kSubtitleStyle);
  page.skip(6);
  lookup_qr(page, context.lookup_url, labels);
  page.paragraph(labelled(text.number, receipt.number, labels, true));
  page.paragraph(labelled(labels.dossier_code, detail.dossier.code, labels));
  payment_lines(page, collected, context, text, labels);
  signature_block(page, {std::string{text.payer_sign}, applicant_name(detail, context)},
                  {std::string{text.collector_sign}, collected.receiving_unit.name}, labels);
  page.skip(8);
  page.paragraph(text.note, kNoteStyle);
}

}  // namespace motcua::printouts
