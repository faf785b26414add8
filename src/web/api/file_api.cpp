// Files of a draft: POST /api/v1/dossiers/{id}/files (API.md) and DELETE …/files/{file_id}.
#include "app/applicant_dossiers.hpp"
#include "app/dossier_uploads.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

// {"component_id","document_id"}: a document of the caller's store in place of an upload.
Response reuse(WebContext& context, Request& request, Caller& caller, long long id) {
  const auto body = json_object_body(request);
  const auto component_id = required_string_member(body, "component_id");
  if (!body.contains("document_id") || !body["document_id"].is_number_integer())
    app::throw_invalid({{"document_id", "error.required"}});
  const auto stored =
      app::DossierUploads(context.services)
          .reuse(signed_in(caller), id, component_id, body["document_id"].get<long long>());
  return created(file_json(stored));
}

Response upload(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto id = id_param(request, "id", "dossier");
  if (is_json_request(request)) return reuse(context, request, caller, id);
  const auto form = multipart_form(request);
  const auto component_id = text_field(form, "component_id");
  if (component_id.empty()) app::throw_invalid({{"component_id", "error.required"}});
  const auto* file = form.file("file");
  if (file == nullptr) app::throw_invalid({{"file", "error.required"}});
  const auto stored = app::ApplicantDossiers(context.services)
                          .add_file(who, id, {component_id, file->filename, file->data});
  return created(file_json(stored));
}

Response remove(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto id = id_param(request, "id", "dossier");
  const auto file_id = id_param(request, "file_id", "file");
  app::ApplicantDossiers(context.services).delete_file(who, id, file_id);
  return no_content();
}

}  // namespace

void register_file_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers/{id}/files", upload);
  add_route(router, context, Method::del, "/api/v1/dossiers/{id}/files/{file_id}", remove);
}

}  // namespace motcua::web::api
