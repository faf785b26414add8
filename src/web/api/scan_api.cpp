// POST /api/v1/work/dossiers/{code}/scans: the desk digitises a paper of the dossier (số hóa).
#include "app/dossier_scans.hpp"
#include "app/errors.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

Response scan(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto form = multipart_form(request);
  const auto* file = form.file("file");
  if (file == nullptr) app::throw_invalid({{"file", "error.required"}});
  const auto stored = app::DossierScans(context.services)
                          .add(who, request.param("code"),
                               {text_field(form, "component_id"), file->filename, file->data});
  auto body = file_json(stored);
  body["url"] = "/tep/" + std::to_string(stored.id);
  return created(body);
}

}  // namespace

void register_scan_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/work/dossiers/{code}/scans", scan);
}

}  // namespace motcua::web::api
