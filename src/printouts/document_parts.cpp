#include "printouts/document_parts.hpp"

#include "printouts/formatting.hpp"
#include "printouts/qr_code.hpp"
#include "printouts/unicode.hpp"

namespace motcua::printouts {

namespace {

// Decree 30/2020/NĐ-CP Annex I sizes the header lines at 12–13 pt (names) and 13–14 pt (motto);
// Noto Serif is wider than the Times of the decree, so a point less keeps each on one line.
const TextStyle kAuthorityStyle{.size = 11};
const TextStyle kUnitStyle{.size = 11, .bold = true};
const TextStyle kCountryStyle{.size = 11, .bold = true};
const TextStyle kMottoStyle{.size = 12, .bold = true};
const TextStyle kTranslationStyle{.size = 9, .italic = true};
const TextStyle kPlaceDateStyle{.size = 12, .italic = true};
const TextStyle kFormNumberStyle{.size = 10, .italic = true, .align = Align::right};
const TextStyle kCodeStyle{.size = 13, .align = Align::center, .space_after = 10};
const TextStyle kCaptionStyle{.family = kSans, .size = 7.5, .italic = true, .align = Align::center};
const TextStyle kSignatoryStyle{.size = 12, .bold = true};
const TextStyle kHintStyle{.size = 11, .italic = true};
const TextStyle kFooterStyle{.family = kSans, .size = 8, .align = Align::center};

constexpr double kQrSide = mm(28);
constexpr double kCaptionGap = 2;
constexpr double kShortRule = 0.4;  // the rule under the unit's name: a third to a half of it
constexpr double kSignatureSpace = mm(20);  // room to sign by hand

std::string or_missing(std::string_view value, const Labels& labels) {
  return value.empty() ? std::string{labels.missing} : std::string{value};
}

Column authority_column(const app::DossierDetail& detail, const app::PrintContext& context) {
  Column column{.weight = 0.42};
  if (!context.province_name.empty()) {
    column.lines.push_back({to_upper(context.province_name), kAuthorityStyle});
  }
  column.lines.push_back({to_upper(detail.receiving_unit.name), kUnitStyle, 0, kShortRule});
  return column;
}

Column nation_column(std::string place_date, const Labels& labels) {
  Column column{.weight = 0.58};
  column.lines.push_back({std::string{labels.country_name}, kCountryStyle});
  column.lines.push_back({std::string{labels.country_name_note}, kTranslationStyle});
  column.lines.push_back({std::string{labels.motto}, kMottoStyle, 0, 1.0});
  column.lines.push_back({std::string{labels.motto_note}, kTranslationStyle});
  column.lines.push_back({std::move(place_date), kPlaceDateStyle, 6});
  return column;
}

}  // namespace

core::Instant issued_at(const std::optional<core::Instant>& event,
                        const app::DossierDetail& detail) {
  return event.value_or(detail.dossier.created_at);
}

void form_number(PageLayout& page, std::string_view number) {
  page.paragraph(number, kFormNumberStyle);
}

void national_header(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, core::Instant issued, const Labels& labels) {
  // Decree 30/2020 Annex I: the place is the province or city where the issuing body sits.
  auto place = place_of(context.province_name);
  if (place.empty()) place = place_of(detail.receiving_unit.address);
  const auto date = core::to_local(issued).date;
  page.columns({authority_column(detail, context),
                nation_column(place_and_date(place, date, labels), labels)});
}

void title_block(PageLayout& page, std::string_view title, std::string_view code,
                 const Labels& labels) {
  page.heading(title);
  page.paragraph(labelled(labels.dossier_code, code, labels, true), kCodeStyle);
}

void lookup_qr(PageLayout& page, std::string_view url, const Labels& labels) {
  if (url.empty()) return;
  const auto matrix = encode_qr(url);
  const double caption = page.text_height(labels.lookup_hint, kCaptionStyle, kQrSide);
  const auto box = page.float_right(kQrSide, kQrSide + kCaptionGap + caption);
  draw_qr(page.cairo(), matrix, box.x, box.y, kQrSide);
  page.draw_text(labels.lookup_hint, kCaptionStyle, box.x, box.y + kQrSide + kCaptionGap, kQrSide);
}

std::vector<Run> labelled(std::string_view label, std::string_view value, const Labels& labels,
                          bool bold_value) {
  return {Run{std::string{label} + ": "}, Run{or_missing(value, labels), bold_value}};
}

std::string applicant_name(const app::DossierDetail& detail, const app::PrintContext& context) {
  return context.applicant_name.empty() ? detail.dossier.applicant_name : context.applicant_name;
}

void applicant_block(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, std::string_view name_label,
                     const Labels& labels) {
  page.paragraph(labelled(name_label, applicant_name(detail, context), labels, true));
  page.paragraph(labelled(labels.citizen_id, context.applicant_citizen_id, labels));
  page.paragraph(labelled(labels.address, context.applicant_address, labels));
  auto contact = labelled(labels.phone, context.applicant_phone, labels);
  contact.push_back(Run{"      "});
  for (auto& run : labelled(labels.email, context.applicant_email, labels)) {
    contact.push_back(std::move(run));
  }
  page.paragraph(contact);
}

void request_line(PageLayout& page, const app::DossierDetail& detail, const Labels& labels) {
  const auto& procedure = detail.procedure;
  const auto name = procedure.name.empty() ? detail.dossier.procedure_name : procedure.name;
  const auto code = procedure.code.empty() ? detail.dossier.procedure_code : procedure.code;
  page.paragraph(fill(labels.procedure,
                      {{"name", or_missing(name, labels)}, {"code", or_missing(code, labels)}}));
}

std::string unit_with_address(const core::Unit& unit) {
  return unit.address.empty() ? unit.name : unit.name + ", " + unit.address;
}

void signature_block(PageLayout& page, const Signatory& left, const Signatory& right,
                     const Labels& labels) {
  const auto column = [&labels](const Signatory& signatory) {
    return Column{.weight = 1,
                  .lines = {{signatory.title, kSignatoryStyle},
                            {std::string{labels.signature_hint}, kHintStyle},
                            {signatory.name, kSignatoryStyle, kSignatureSpace}}};
  };
  page.skip(8);
  page.columns({column(left), column(right)});
}

PageFooter page_footer(std::string code, int pages, const Labels& labels) {
  return [code = std::move(code), pages, &labels](PageLayout& page, int number) {
    const auto text =
        fill(labels.page_footer,
             {{"code", code}, {"page", std::to_string(number)}, {"pages", std::to_string(pages)}});
    page.draw_text(text, kFooterStyle, page.left(), page.bottom() + mm(6), page.width());
  };
}

}  // namespace motcua::printouts
