#include "printouts/register_form.hpp"

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"

namespace motcua::printouts {
namespace {

// Decree 30/2020 Annex I margins, turned with the page.
const PageGeometry kLandscape{kA4Height, kA4Width, mm(15), mm(15), mm(20), mm(15)};

std::string day_text(core::LocalDate date) {
  return fill("{d}/{m}/{y}", {{"d", std::to_string(static_cast<unsigned>(date.day()))},
                              {"m", std::to_string(static_cast<unsigned>(date.month()))},
                              {"y", std::to_string(static_cast<int>(date.year()))}});
}

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
  page.paragraph(
      fill(labels.register_period, {{"from", day_text(book.from)}, {"to", day_text(book.to)}}),
      {.align = Align::center, .space_after = 8});
  if (book.entries.empty()) {
    page.paragraph(labels.register_empty);
    return;
  }
  page.table(register_table(book, labels));
}

struct Drawn {
  std::string pdf;
  int pages = 0;
};

Drawn draw(const app::UnitRegister& book, const app::PrintContext& context, const Labels& labels,
           int pages) {
  PdfDocument document{kLandscape.width,
                       kLandscape.height,
                       {.title = std::string{labels.register_name}, .subject = book.unit.name}};
  PageLayout page{document.cairo(), kLandscape};
  if (pages > 0) {
    page.set_footer([&labels, pages](PageLayout& layout, int number) {
      layout.draw_text(fill(labels.register_footer,
                            {{"page", std::to_string(number)}, {"pages", std::to_string(pages)}}),
                       {.family = kSans, .size = 8, .align = Align::right}, layout.left(),
                       layout.bottom() + mm(5), layout.width());
    });
  }
  compose(page, book, context, labels);
  page.finish();
  return {document.finish(), page.page()};
}

}  // namespace

std::string draw_register(const app::UnitRegister& register_book,
                          const app::PrintContext& context) {
  const auto& labels = labels_for(context.lang);
  // Numbered "Trang n/N" on every page: the count is known once laid out, so drawn twice.
  const auto first = draw(register_book, context, labels, 0);
  return draw(register_book, context, labels, first.pages).pdf;
}

}  // namespace motcua::printouts
