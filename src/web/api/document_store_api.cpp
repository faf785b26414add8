// API.md "…the document store…": the citizen's personal store and who used it; an official reads
// the store of a dossier's applicant, each reading logged.
#include "app/personal_documents.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json document_json(const app::PersonalDocument& d) {
  return {{"id", d.id},
          {"name", d.name},
          {"sha256", d.sha256},
          {"size", d.size},
          {"content_type", d.content_type},
          {"source_dossier", d.source_dossier},
          {"source", d.result ? "result" : "upload"},
          {"component_id", d.component_id},
          {"created_at", core::format_iso(d.created_at)},
          {"valid_until", d.valid_until ? json(core::format_iso(*d.valid_until)) : json()},
          {"uses", d.uses}};
}

json documents_json(const std::vector<app::PersonalDocument>& documents) {
  json items = json::array();
  for (const auto& document : documents) items.push_back(document_json(document));
  return {{"items", items}};
}

Response my_documents(WebContext& context, Request&, Caller& caller) {
  return ok(documents_json(app::PersonalDocuments(context.services).mine(signed_in(caller))));
}

Response my_document_uses(WebContext& context, Request&, Caller& caller) {
  json items = json::array();
  for (const auto& use : app::PersonalDocuments(context.services).uses(signed_in(caller)))
    items.push_back({{"document_id", use.document_id},
                     {"document_name", use.document_name},
                     {"dossier", use.dossier_code},
                     {"by", use.actor},
                     {"kind", use.kind},
                     {"at", core::format_iso(use.at)}});
  return ok({{"items", items}});
}

Response applicant_documents(WebContext& context, Request& request, Caller& caller) {
  return ok(documents_json(app::PersonalDocuments(context.services)
                               .of_applicant(signed_in(caller), request.param("code"))));
}

Response applicant_document(WebContext& context, Request& request, Caller& caller) {
  const auto id = id_param(request, "id", "document");
  auto content = app::PersonalDocuments(context.services)
                     .read_for_dossier(signed_in(caller), request.param("code"), id);
  return download_response(std::move(content.bytes), content.document.content_type,
                           content.document.name);
}

}  // namespace

void register_document_store_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/me/documents", my_documents);
  add_route(router, context, Method::get, "/api/v1/me/documents/uses", my_document_uses);
  add_route(router, context, Method::get, "/api/v1/work/dossiers/{code}/applicant-documents",
            applicant_documents);
  add_route(router, context, Method::get, "/api/v1/work/dossiers/{code}/applicant-documents/{id}",
            applicant_document);
}

}  // namespace motcua::web::api
