// API.md "Feedback…": anyone sends feedback (phản ánh, kiến nghị) and follows it by its code;
// published answers are public; officials list, assign and answer it.
#include "app/errors.hpp"
#include "app/feedback_desk.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

std::string optional_text(const json& body, const char* name) {
  return body.contains(name) ? string_member(body, name) : std::string();
}

bool optional_flag(const json& body, const char* name) {
  if (!body.contains(name)) return false;
  if (!body[name].is_boolean()) app::throw_invalid({{name, "error.form_shape"}});
  return body[name].get<bool>();
}

// "feedback" when absent; anything else than the two kinds is refused.
core::FeedbackKind kind_of(const std::string& name) {
  if (name.empty()) return core::FeedbackKind::feedback;
  const auto kind = core::parse_feedback_kind(name);
  if (!kind) app::throw_invalid({{"kind", "error.option"}});
  return *kind;
}

std::optional<core::FeedbackKind> kind_filter(const Request& request) {
  const auto name = request.query_or("kind", "");
  if (name.empty()) return std::nullopt;
  return kind_of(name);
}

json at_or_null(const std::optional<core::Instant>& at) {
  return at ? json(core::format_iso(*at)) : json();
}

// What the code's holder and the public read: never the contact or the author.
json public_json(const app::Feedback& f) {
  return {{"code", f.code},
          {"kind", std::string(core::feedback_kind_name(f.kind))},
          {"subject", f.subject},
          {"body", f.body},
          {"status", std::string(core::feedback_status_name(f.status))},
          {"created_at", core::format_iso(f.created_at)},
          {"due_at", core::format_iso(f.due_at)},
          {"answer", f.answer},
          {"answered_at", at_or_null(f.answered_at)}};
}

json official_json(const app::Feedback& f) {
  auto out = public_json(f);
  out["procedure_code"] = f.procedure_code;
  out["dossier_code"] = f.dossier_code;
  out["contact"] = f.contact;
  out["consent_to_publish"] = f.consent_to_publish;
  out["assignee"] = f.assignee;
  out["answered_by"] = f.answered_by;
  out["published"] = f.published;
  return out;
}

json items_of(const std::vector<app::Feedback>& list, json (*shape)(const app::Feedback&)) {
  json items = json::array();
  for (const auto& f : list) items.push_back(shape(f));
  return {{"items", items}};
}

// The feedback's fields from a JSON body, or from a multipart form with the files under
// "attachments".
app::FeedbackInput input_of(const Request& request, FormData& form) {
  if (is_multipart_request(request)) {
    form = multipart_form(request);
    app::FeedbackInput input{kind_of(text_field(form, "kind")),
                             text_field(form, "subject"),
                             text_field(form, "body"),
                             text_field(form, "procedure_code"),
                             text_field(form, "dossier_code"),
                             text_field(form, "contact"),
                             text_field(form, "consent_to_publish") == "true",
                             {}};
    for (const auto* file : form.files_of("attachments"))
      input.attachments.push_back({"", file->filename, file->data});
    return input;
  }
  const auto body = json_object_body(request);
  return {kind_of(optional_text(body, "kind")),
          optional_text(body, "subject"),
          optional_text(body, "body"),
          optional_text(body, "procedure_code"),
          optional_text(body, "dossier_code"),
          optional_text(body, "contact"),
          optional_flag(body, "consent_to_publish"),
          {}};
}

Response send(WebContext& context, Request& request, Caller& caller) {
  FormData form;  // owns the attachments' bytes while they are checked and stored
  const auto input = input_of(request, form);
  const auto* who = caller.signed_in() ? &*caller.principal : nullptr;
  const auto sent = app::FeedbackDesk(context.services).submit(who, input);
  return created({{"code", sent.code}, {"due_at", core::format_iso(sent.due_at)}});
}

Response follow(WebContext& context, Request& request, Caller&) {
  return ok(public_json(app::FeedbackDesk(context.services).follow(request.param("code"))));
}

Response published(WebContext& context, Request& request, Caller&) {
  const auto page = static_cast<int>(int_query(request, "page", 1, 10000).value_or(1));
  const auto kind = kind_filter(request).value_or(core::FeedbackKind::feedback);
  return ok(
      items_of(app::FeedbackDesk(context.services).published(kind, request.query_or("q", ""), page),
               public_json));
}

Response worklist(WebContext& context, Request& request, Caller& caller) {
  const auto status = request.query_or("status", "");
  std::optional<core::FeedbackStatus> wanted;
  if (!status.empty()) {
    wanted = core::parse_feedback_status(status);
    if (core::feedback_status_name(*wanted) != status)
      app::throw_invalid({{"status", "error.option"}});
  }
  return ok(items_of(
      app::FeedbackDesk(context.services).worklist(signed_in(caller), kind_filter(request), wanted),
      official_json));
}

Response read(WebContext& context, Request& request, Caller& caller) {
  app::FeedbackDesk desk(context.services);
  const auto& who = signed_in(caller);
  auto out = official_json(desk.read(who, request.param("code")));
  json files = json::array();
  for (const auto& f : desk.attachments(who, request.param("code")))
    files.push_back({{"id", f.id},
                     {"name", f.name},
                     {"content_type", f.content_type},
                     {"size", f.size},
                     {"sha256", f.sha256}});
  out["attachments"] = files;
  return ok(out);
}

Response attachment(WebContext& context, Request& request, Caller& caller) {
  auto content = app::FeedbackDesk(context.services)
                     .attachment(signed_in(caller), request.param("code"),
                                 id_param(request, "id", "document"));
  return download_response(std::move(content.bytes), content.file.content_type, content.file.name);
}

Response assign(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  return ok(official_json(app::FeedbackDesk(context.services)
                              .assign(signed_in(caller), request.param("code"),
                                      required_string_member(body, "assignee"))));
}

Response answer(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  return ok(
      official_json(app::FeedbackDesk(context.services)
                        .answer(signed_in(caller), request.param("code"),
                                optional_text(body, "answer"), optional_flag(body, "publish"))));
}

}  // namespace

void register_feedback_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/feedback", send);
  add_route(router, context, Method::get, "/api/v1/feedback", published);
  add_route(router, context, Method::get, "/api/v1/feedback/{code}", follow);
  add_route(router, context, Method::get, "/api/v1/work/feedback", worklist);
  add_route(router, context, Method::get, "/api/v1/work/feedback/{code}", read);
  add_route(router, context, Method::get, "/api/v1/work/feedback/{code}/files/{id}", attachment);
  add_route(router, context, Method::post, "/api/v1/work/feedback/{code}/assign", assign);
  add_route(router, context, Method::post, "/api/v1/work/feedback/{code}/answer", answer);
}

}  // namespace motcua::web::api
