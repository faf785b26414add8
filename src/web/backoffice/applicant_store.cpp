#include "web/backoffice/applicant_store.hpp"

#include <charconv>

#include "app/errors.hpp"
#include "app/personal_documents.hpp"
#include "core/byte_size.hpp"
#include "web/responses.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

Response read_document(PageRequest& page) {
  const auto code = page.http.param("code");
  const auto text = page.http.param("id");
  long long id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) app::throw_not_found("document");
  auto content =
      app::PersonalDocuments(page.context.services).read_for_dossier(page.principal(), code, id);
  return download_response(std::move(content.bytes), content.document.content_type,
                           content.document.name);
}

}  // namespace

json applicant_store_view(PageRequest& page, const std::string& code) {
  std::vector<app::PersonalDocument> documents;
  try {
    documents = app::PersonalDocuments(page.context.services).of_applicant(page.principal(), code);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::not_found) throw;
  }
  json out = json::array();
  for (const auto& document : documents)
    out.push_back(
        {{"name", document.name},
         {"url", "/mot-cua/ho-so/" + code + "/kho/" + std::to_string(document.id)},
         {"source", page.text(document.result ? "store.source.result" : "store.source.upload")},
         {"dossier", document.source_dossier},
         {"size", core::byte_size_text(document.size)}});
  return {{"documents", out}, {"any", !out.empty()}};
}

void register_applicant_store_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua/ho-so/{code}/kho/{id}", read_document);
}

}  // namespace motcua::web::backoffice
