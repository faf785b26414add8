#include "printouts/form_01.hpp"

#include <string>

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"

namespace motcua::printouts {

namespace {

// Mẫu 01 prints the number of sets as two digits ("01 (bộ)").
constexpr std::string_view kOneSet = "01";

Table components_table(const core::Procedure& procedure, const Labels& labels) {
  Table table{.columns = {{std::string{labels.number_column}, 0.07, Align::center},
                          {std::string{labels.component_column}, 0.50, Align::left},
                          {std::string{labels.originals_column}, 0.14, Align::center},
                          {std::string{labels.copies_column}, 0.14, Align::center},
                          {std::string{labels.quantity_column}, 0.15, Align::center}}};
  int number = 0;
  for (const auto& component : procedure.components) {
    table.rows.push_back({std::to_string(++number), component.name,
                          std::to_string(component.originals), std::to_string(component.copies),
                          std::to_string(component.originals + component.copies)});
  }
  return table;
}

std::string collection_place(const app::DossierDetail& detail, const Labels& labels) {
  auto place = unit_with_address(detail.receiving_unit);
  const auto method = detail.dossier.return_method;
  if (method == core::ReturnMethod::post) place += " (" + std::string{labels.by_post} + ")";
  if (method == core::ReturnMethod::online) place += " (" + std::string{labels.online} + ")";
  return place;
}

// Items 2 to 6 of the form: sets, statutory time, reception time, appointment, where to collect.
void appointment(PageLayout& page, const app::DossierDetail& detail, const Labels& labels) {
  const auto& clock = detail.dossier.clock;
  page.paragraph(fill(labels.form_01_sets, {{"count", kOneSet}}));
  const auto days = std::to_string(detail.procedure.duration_working_days);
  page.paragraph(fill(labels.form_01_duration, {{"days", days}}));
  page.paragraph(
      labelled(labels.form_01_received_at, clock_and_date(clock.received_at, labels), labels));
  page.paragraph(
      labelled(labels.form_01_due_at, clock_and_date(clock.due_at, labels), labels, true));
  page.paragraph(labelled(labels.form_01_collect_at, collection_place(detail, labels), labels));
}

}  // namespace

PdfMetadata form_01_metadata(const app::DossierDetail& detail, const app::PrintContext& context,
                             const Labels& labels) {
  return PdfMetadata{
      .title = std::string{labels.form_01_name} + " - " + detail.dossier.code,
      .subject = detail.procedure.name,
      .author =
          detail.receiving_unit.name.empty() ? context.province_name : detail.receiving_unit.name,
      .created = core::format_iso(issued_at(detail.dossier.clock.received_at, detail)),
  };
}

void compose_form_01(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, const Labels& labels) {
  form_number(page, labels.form_01_number);
  national_header(page, detail, context, issued_at(detail.dossier.clock.received_at, detail),
                  labels);
  page.skip(12);
  title_block(page, labels.form_01_title, detail.dossier.code, labels);
  lookup_qr(page, context.lookup_url, labels);
  page.paragraph(fill(labels.form_01_desk, {{"unit", detail.receiving_unit.name}}));
  applicant_block(page, detail, context, labels.form_01_received_from, labels);
  request_line(page, detail, labels);
  page.paragraph(labels.form_01_components);
  page.table(components_table(detail.procedure, labels));
  appointment(page, detail, labels);
  signature_block(page, {std::string{labels.submitter}, applicant_name(detail, context)},
                  {std::string{labels.receiver}, context.receiver_name}, labels);
}

}  // namespace motcua::printouts
