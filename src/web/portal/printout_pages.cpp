// the applicant's documents as PDF (requirements §2.4, P4): the electronic
// acknowledgement from submission, and form 01 as issued at reception, whose QR code opens the
// public lookup. Private documents: never cached by shared caches, and downloaded rather than
// shown inline in the portal's origin.
#include "app/dossier_printouts.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

Response acknowledgement(PageRequest& page) {
  const auto code = page.http.param("code");
  auto bytes = app::DossierPrintouts(page.context.services)
                   .acknowledgement(page.principal(), code, page.lang());
  return pdf_response(std::move(bytes), "bien-nhan-" + code + ".pdf");
}

Response form_01(PageRequest& page) {
  const auto code = page.http.param("code");
  auto bytes = app::DossierPrintouts(page.context.services).form_01(page.principal(), code);
  return pdf_response(std::move(bytes), "phieu-tiep-nhan-" + code + ".pdf");
}

}  // namespace

void register_printout_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/ho-so/{code}/bien-nhan.pdf", acknowledgement);
  add_page(router, context, Method::get, "/ho-so/{code}/phieu-tiep-nhan.pdf", form_01);
}

}  // namespace motcua::web::portal
