// API.md "Signatures and verification": anyone may check a document the province signed, by the
// id printed on it or by uploading the copy they were given.
#include "app/document_signing.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

Response verify_by_id(WebContext& context, Request& request, Caller&) {
  const auto verification = app::SignatureVerification(context.services).by_id(request.param("id"));
  return ok(verification_json(verification));
}

Response verify_copy(WebContext& context, Request& request, Caller&) {
  const auto form = multipart_form(request);
  const auto* file = form.file("file");
  if (file == nullptr || file->data.empty()) app::throw_invalid({{"file", "error.required"}});
  return ok(verification_json(app::SignatureVerification(context.services).of_copy(file->data)));
}

}  // namespace

void register_verify_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/verify/{id}", verify_by_id);
  add_route(router, context, Method::post, "/api/v1/verify", verify_copy);
}

}  // namespace motcua::web::api
