#include "printouts/cairo_printer.hpp"

#include <functional>

#include "printouts/acknowledgement.hpp"
#include "printouts/document_parts.hpp"
#include "printouts/form_01.hpp"
#include "printouts/index_report_form.hpp"
#include "printouts/labels.hpp"
#include "printouts/notice_forms.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/payment_receipt.hpp"
#include "printouts/pdf_document.hpp"
#include "printouts/period_report_form.hpp"
#include "printouts/register_form.hpp"

namespace motcua::printouts {

namespace {

using Compose = std::function<void(PageLayout&)>;

struct Plan {
  PdfMetadata metadata;
  Compose compose;
};

Plan plan_for(app::Printout printout, const app::DossierDetail& detail,
              const app::PrintContext& context, const Labels& labels) {
  switch (printout) {
    case app::Printout::form_01:
      return {form_01_metadata(detail, context, labels),
              [&](PageLayout& page) { compose_form_01(page, detail, context, labels); }};
    case app::Printout::acknowledgement:
      break;
    case app::Printout::payment_receipt:
      return {receipt_metadata(detail, context),
              [&](PageLayout& page) { compose_receipt(page, detail, context, labels); }};
    default:
      return {notice_metadata(printout, detail, context), [&, printout](PageLayout& page) {
                compose_notice(page, printout, detail, context, labels);
              }};
  }
  return {acknowledgement_metadata(detail, context, labels),
          [&](PageLayout& page) { compose_acknowledgement(page, detail, context, labels); }};
}

struct Drawn {
  std::string pdf;
  int pages = 0;
};

Drawn draw(const Plan& plan, PageFooter footer) {
  PdfDocument document{kA4Width, kA4Height, plan.metadata};
  PageLayout page{document.cairo()};
  page.set_footer(std::move(footer));
  plan.compose(page);
  page.finish();
  return {document.finish(), page.page()};
}

}  // namespace

std::string CairoPrinter::render(app::Printout printout, const app::DossierDetail& detail,
                                 const app::PrintContext& context) const {
  const auto& labels = labels_for(context.lang);
  const auto plan = plan_for(printout, detail, context, labels);
  auto first = draw(plan, nullptr);
  if (first.pages == 1) return std::move(first.pdf);
  // A form longer than a page is numbered "Trang n/N" with its code on every page; the count is
  // known only once it has been laid out, so it is drawn a second time.
  return draw(plan, page_footer(detail.dossier.code, first.pages, labels)).pdf;
}

std::string CairoPrinter::render_period_report(const app::PeriodReportDocument& report,
                                               const app::PrintContext& context) const {
  return draw_period_report(report, context);
}

std::string CairoPrinter::render_index_report(const app::IndexReportDocument& report,
                                              const app::PrintContext& context) const {
  return draw_index_report(report, context);
}

std::string CairoPrinter::render_register(const app::UnitRegister& register_book,
                                          const app::PrintContext& context) const {
  return draw_register(register_book, context);
}

}  // namespace motcua::printouts
