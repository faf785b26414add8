// Kho dữ liệu cá nhân (requirements §13.8): the citizen's stored papers and results, each to
// download, and every use of them: reuses in new dossiers and officials' readings.
#include "app/personal_documents.hpp"
#include "core/byte_size.hpp"
#include "core/document_validity.hpp"
#include "core/time.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

std::string validity_text(PageRequest& page, const std::optional<core::Instant>& valid_until) {
  if (!valid_until) return page.text("store.no_expiry");
  const auto shown = core::format_display(*valid_until);
  if (core::document_valid_at(valid_until, page.context.services.clock.now())) return shown;
  return shown + " – " + page.text("store.expired");
}

json documents_view(PageRequest& page, const std::vector<app::PersonalDocument>& documents) {
  json out = json::array();
  for (const auto& document : documents) {
    out.push_back(
        {{"id", document.id},
         {"name", document.name},
         {"url", "/tep/" + std::to_string(document.id)},
         {"size", core::byte_size_text(document.size)},
         {"source", page.text(document.result ? "store.source.result" : "store.source.upload")},
         {"dossier", document.source_dossier},
         {"dossier_url", "/ho-so/" + document.source_dossier},
         {"added", core::format_display(document.created_at)},
         {"valid_until", validity_text(page, document.valid_until)},
         {"uses", document.uses}});
  }
  return out;
}

json uses_view(PageRequest& page, const std::vector<app::DocumentUse>& uses) {
  json out = json::array();
  for (const auto& use : uses)
    out.push_back(
        {{"at", core::format_display(use.at)},
         {"document", use.document_name},
         {"dossier", use.dossier_code.empty() ? page.text("store.draft") : use.dossier_code},
         {"by", use.actor},
         {"kind", page.text("store.use." + use.kind)}});
  return out;
}

Response store_page(PageRequest& page) {
  app::PersonalDocuments store(page.context.services);
  const auto documents = documents_view(page, store.mine(page.principal()));
  const auto uses = uses_view(page, store.uses(page.principal()));
  return render_page(page, "portal/document_store",
                     {{"title", page.text("store.title")},
                      {"nav", "store"},
                      {"documents", documents},
                      {"has_documents", !documents.empty()},
                      {"uses", uses},
                      {"has_uses", !uses.empty()}});
}

}  // namespace

void register_document_store_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/kho-du-lieu", store_page);
}

}  // namespace motcua::web::portal
