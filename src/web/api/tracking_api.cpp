// the applicant's notifications (GET /api/v1/notifications, POST …/notifications/read),
// the messages of a dossier between applicant and agency (requirements P5) and its electronic
// results (P11): listed for whoever may see the dossier, attached by its units' officials.
#include "app/document_signing.hpp"
#include "app/dossier_messages.hpp"
#include "app/dossier_results.hpp"
#include "app/errors.hpp"
#include "app/notifications.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json notification_json(const app::Notification& notification) {
  return {{"id", notification.id},
          {"dossier_code", notification.dossier_code},
          {"kind", notification.kind},
          {"action", notification.action},
          {"status",
           status_json(core::status_from_code(notification.status).value_or(core::Status::draft))},
          {"created_at", core::format_iso(notification.created_at)},
          {"read", notification.read_at.has_value()}};
}

json message_json(const app::DossierMessage& message) {
  // The agency side is the agency: an officer's name or account is never part of it.
  return {{"id", message.id},
          {"side", message.side},
          {"body", message.body},
          {"created_at", core::format_iso(message.created_at)}};
}

json result_json(const app::StoredFile& file) {
  auto out = file_json(file);
  out["name"] = file.original_name;
  out["url"] = "/tep/" + std::to_string(file.id);
  return out;
}

json signature_json(const WebContext& context, const app::SignedDocument& document) {
  return {{"id", document.id},
          {"signed_by", document.signed_by},
          {"signed_at", core::format_iso(document.signed_at)},
          {"sha256", document.sha256},
          {"replaces", document.replaces.empty() ? json(nullptr) : json(document.replaces)},
          {"verify_url", app::verification_url(context.services.policy, document.id)}};
}

Response notifications(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto page = int_query(request, "page", 1, 100000).value_or(1);
  const auto per_page = int_query(request, "per_page", 1, 100).value_or(20);
  app::Notifications use_case(context.services);
  const auto found = use_case.list(who, static_cast<int>(page), static_cast<int>(per_page));
  json items = json::array();
  for (const auto& notification : found.items) items.push_back(notification_json(notification));
  return ok({{"items", items}, {"total", found.total}, {"unread", use_case.unread(who.user.id)}});
}

Response mark_read(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request, true);
  long long up_to = 0;
  if (body.contains("up_to")) {
    if (!body["up_to"].is_number_integer() || body["up_to"].get<long long>() < 0)
      app::throw_invalid({{"up_to", "error.number"}});
    up_to = body["up_to"].get<long long>();
  }
  return ok({{"marked", app::Notifications(context.services).mark_read(who, up_to)}});
}

Response list_messages(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  json items = json::array();
  for (const auto& message :
       app::DossierMessages(context.services).list(who, request.param("code")))
    items.push_back(message_json(message));
  return ok({{"items", items}});
}

Response post_message(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  const auto text = required_string_member(body, "body");
  return created(
      message_json(app::DossierMessages(context.services).post(who, request.param("code"), text)));
}

Response list_results(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  json items = json::array();
  for (const auto& file : app::DossierResults(context.services).list(who, request.param("code")))
    items.push_back(result_json(file));
  return ok({{"items", items}});
}

Response attach_result(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto form = multipart_form(request);
  const auto* file = form.file("file");
  if (file == nullptr) app::throw_invalid({{"file", "error.required"}});
  const auto sign = text_field(form, "sign");
  if (!sign.empty() && sign != "true" && sign != "false")
    app::throw_invalid({{"sign", "error.option"}});
  const auto attached = app::DossierResults(context.services)
                            .attach(who, request.param("code"), {"", file->filename, file->data},
                                    {sign == "true", text_field(form, "replaces")});
  auto body = result_json(attached.file);
  if (attached.signature) body["signature"] = signature_json(context, *attached.signature);
  return created(body);
}

}  // namespace

void register_tracking_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/notifications", notifications);
  add_route(router, context, Method::post, "/api/v1/notifications/read", mark_read);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/messages", list_messages);
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/messages", post_message);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/results", list_results);
  add_route(router, context, Method::post, "/api/v1/work/dossiers/{code}/results", attach_result);
}

}  // namespace motcua::web::api
