#include "printouts/register_form.hpp"

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"
#include "printouts/landscape_document.hpp"

namespace motcua::printouts {
namespace {

Table register_table(const app::UnitRegister& book, const Labels& labels) {
  Table table{.columns = {{std::string{labels.number_column}, 0.04, Align::center},
                          {std::string{labels.register_code}, 0.13, Align::left},
                          {std::string{labels.register_procedure}, 0.12, Align::left},
                          {std::string{labels.register_applicant}, 0.1, Align::left},
                          {std::string{labels.register_contact}, 0.12, Align::left},
                          {std::string{labels.register_competent}, 0.1, Align::left},
                          {std::string{labels.register_received}, 0.08, Align::center},
                          {std::string{labels.register_due}, 0.08, Align::center},
                          {std::string{labels.register_returned}, 0.08, Align::center},
                          {std::string{labels.register_receipt}, 0.07, Align::center},
                          {std::string{labels.register_note}, 0.08, Align::left}},
              // Eleven columns across a landscape page: the sizes of a printed register book.
              .header = {.family = kSans, .size = 8, .bold = true, .align = Align::center},
              .body = {.family = kSans, .size = 8}};
  int number = 0;
  for (const auto& entry : book.entries) {
    auto contact = entry.applicant_address;
    if (!entry.applicant_phone.empty())
      contact += (contact.empty() ? "" : ", ") + entry.applicant_phone;
    table.rows.push_back({std::to_string(++number), entry.code, entry.procedure_name,
                          entry.applicant_name, contact, entry.competent_unit,
                          clock_and_date(entry.received_at, labels),
                          clock_and_date(entry.due_at, labels),
                          entry.returned_at ? clock_and_date(entry.returned_at, labels) : "", "",
                          entry.late ? std::string{labels.register_late} : ""});
  }
  return table;
}

void compose(PageLayout& page, const app::UnitRegister& book, const app::PrintContext& context,
             const Labels& labels) {
  form_number(page, context.numbering_2018 ? labels.register_number_2018 : labels.register_number);
  app::DossierDetail issuer;
  issuer.receiving_unit = book.unit;
  national_header(page, issuer, context, core::from_local(book.to, 0), labels);
  page.skip(8);
  page.heading(labels.register_name);
  page.paragraph(fill(labels.register_period,
                      {{"from", numeric_date(book.from)}, {"to", numeric_date(book.to)}}),
                 {.align = Align::center, .space_after = 8});
  if (book.entries.empty()) {
    page.paragraph(labels.register_empty);
    return;
  }
  page.table(register_table(book, labels));
}

}  // namespace

std::string draw_register(const app::UnitRegister& register_book,
                          const app::PrintContext& context) {
  const auto& labels = labels_for(context.lang);
  return draw_landscape(
      {.title = std::string{labels.register_name}, .subject = register_book.unit.name},
      labels.register_footer,
      [&](PageLayout& page) { compose(page, register_book, context, labels); });
}

}  // namespace motcua::printouts
