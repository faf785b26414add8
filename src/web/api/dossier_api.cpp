// The citizen's side of a dossier (API.md "Dossiers (citizen side)") and its event log.
#include "app/applicant_dossiers.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

constexpr const char* kDossier = "dossier";

json form_member(const json& body) {
  const auto found = body.find("form");
  if (found == body.end() || found->is_null()) return json::object();
  return *found;  // the use case rejects anything but an object, naming the field
}

// A multipart answer sends each file after the `component_id` it belongs to; the parser keeps
// fields and files apart, so the n-th file pairs with the n-th component_id (one id for all files
// is accepted too).
std::vector<app::Upload> supplement_uploads(const FormData& form) {
  const auto component_ids = form.values("component_id");
  const auto files = form.files_of("file");
  if (component_ids.size() != files.size() && component_ids.size() != 1 && !files.empty())
    app::throw_invalid({{"component_id", "error.required"}});
  std::vector<app::Upload> uploads;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& component_id = component_ids.size() == 1 ? component_ids.front() : component_ids[i];
    uploads.push_back({core::trim(component_id), files[i]->filename, files[i]->data});
  }
  return uploads;
}

Response create(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  const auto procedure_code = required_string_member(body, "procedure_code");
  const auto dossier = app::ApplicantDossiers(context.services)
                           .create_draft(who, core::trim(procedure_code), form_member(body));
  return created(dossier_summary_json(dossier));
}

Response update(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto id = id_param(request, "id", kDossier);
  const auto body = json_object_body(request);
  if (!body.contains("form")) app::throw_invalid({{"form", "error.required"}});
  const auto dossier =
      app::ApplicantDossiers(context.services).update_draft(who, id, form_member(body));
  return ok(dossier_summary_json(dossier));
}

Response submit(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto id = id_param(request, "id", kDossier);
  return ok(dossier_summary_json(app::ApplicantDossiers(context.services).submit(who, id)));
}

Response detail(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  return ok(
      dossier_detail_json(app::load_detail(context.services, who.user, request.param("code"))));
}

// The chain is public to whoever may see the dossier, so each hash can be checked by the reader.
Response events(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto loaded = app::load_detail(context.services, who.user, request.param("code"));
  json out = json::array();
  for (const auto& event : loaded.events) {
    auto item = event_json(event);
    item["prev_hash"] = event.prev_hash;
    out.push_back(std::move(item));
  }
  return ok(out);
}

Response supplement(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  std::string comment;
  FormData form;  // owns the bytes the uploads view
  std::vector<app::Upload> uploads;
  if (is_multipart_request(request)) {
    form = multipart_form(request);
    comment = text_field(form, "comment");
    uploads = supplement_uploads(form);
  } else {
    comment = string_member(json_object_body(request, true), "comment");
  }
  const auto dossier = app::ApplicantDossiers(context.services)
                           .answer_supplement(who, request.param("code"), comment, uploads);
  return ok(dossier_summary_json(dossier));
}

Response withdraw(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto reason = string_member(json_object_body(request, true), "reason");
  const auto dossier =
      app::ApplicantDossiers(context.services).withdraw(who, request.param("code"), reason);
  return ok(dossier_summary_json(dossier));
}

}  // namespace

void register_dossier_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers", create);
  add_route(router, context, Method::put, "/api/v1/dossiers/{id}", update);
  add_route(router, context, Method::post, "/api/v1/dossiers/{id}/submit", submit);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}", detail);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/events", events);
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/supplement", supplement);
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/withdraw", withdraw);
}

}  // namespace motcua::web::api
