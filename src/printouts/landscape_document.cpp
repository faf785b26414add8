#include "printouts/landscape_document.hpp"

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"

namespace motcua::printouts {
namespace {

struct Drawn {
  std::string pdf;
  int pages = 0;
};

Drawn draw(const PdfMetadata& metadata, std::string_view footer,
           const std::function<void(PageLayout&)>& compose, int pages) {
  PdfDocument document{kLandscape.width, kLandscape.height, metadata};
  PageLayout page{document.cairo(), kLandscape};
  if (pages > 0) {
    page.set_footer([footer, pages](PageLayout& layout, int number) {
      layout.draw_text(
          fill(footer, {{"page", std::to_string(number)}, {"pages", std::to_string(pages)}}),
          {.family = kSans, .size = 8, .align = Align::right}, layout.left(),
          layout.bottom() + mm(5), layout.width());
    });
  }
  compose(page);
  page.finish();
  return {document.finish(), page.page()};
}

}  // namespace

const PageGeometry kLandscape{kA4Height, kA4Width, mm(15), mm(15), mm(20), mm(15)};

std::string draw_landscape(const PdfMetadata& metadata, std::string_view footer,
                           const std::function<void(PageLayout&)>& compose) {
  const auto first = draw(metadata, footer, compose, 0);
  return draw(metadata, footer, compose, first.pages).pdf;
}

void report_heading(PageLayout& page, const core::Unit& unit, core::LocalDate from,
                    core::LocalDate to, const ReportHeading& text, const app::PrintContext& context,
                    const Labels& labels) {
  app::DossierDetail issuer;
  issuer.receiving_unit = unit;
  national_header(page, issuer, context, core::from_local(to, 0), labels);
  page.skip(8);
  page.heading(text.title);
  page.paragraph(fill(text.period, {{"from", numeric_date(from)}, {"to", numeric_date(to)}}),
                 {.align = Align::center});
  page.paragraph(fill(text.unit_line, {{"unit", unit.name}}),
                 {.align = Align::center, .space_after = 8});
}

}  // namespace motcua::printouts
