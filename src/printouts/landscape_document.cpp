#include "printouts/landscape_document.hpp"

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

}  // namespace motcua::printouts
