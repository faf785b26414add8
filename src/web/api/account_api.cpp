// the caller's profile (GET/PUT /api/v1/me/profile), password (PUT /api/v1/me/password), an
// official's reminder channel (PUT /api/v1/me/reminders),
// "my dossiers" with a status filter (GET /api/v1/me/dossiers) and discarding a draft
// (DELETE /api/v1/dossiers/{id}). Requirements P20.
#include "app/errors.hpp"
#include "app/my_dossiers.hpp"
#include "app/profile.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json profile_json(const app::User& user) {
  const bool business = user.has_role(core::Role::business);
  return {{"username", user.username},
          {"full_name", user.full_name},
          {"kind", business ? "business" : "citizen"},
          {"citizen_id", user.citizen_id},
          {"tax_code", user.tax_code},
          {"phone", user.phone},
          {"email", user.email},
          {"address",
           {{"province", user.province_code},
            {"commune", user.commune_code},
            {"street", user.address}}},
          {"notify_channel", user.notify_channel}};
}

Response get_profile(WebContext& context, Request&, Caller& caller) {
  return ok(profile_json(app::Profiles(context.services).load(signed_in(caller))));
}

// A member left out keeps its value: clients send what changes.
std::string member_or(const json& body, const std::string& name, const std::string& current) {
  return body.contains(name) ? string_member(body, name) : current;
}

Response put_profile(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  const auto user = app::Profiles(context.services).load(who);
  json address = body.contains("address") ? body.at("address") : json::object();
  if (!address.is_object()) app::throw_invalid({{"address", "error.form_shape"}});
  app::ProfileInput input{member_or(body, "citizen_id", user.citizen_id),
                          member_or(body, "tax_code", user.tax_code),
                          member_or(body, "phone", user.phone),
                          member_or(body, "email", user.email),
                          member_or(address, "province", user.province_code),
                          member_or(address, "commune", user.commune_code),
                          member_or(address, "street", user.address),
                          member_or(body, "notify_channel", user.notify_channel)};
  const auto saved =
      app::Profiles(context.services).update(who, input, client_address(context, request));
  return ok(profile_json(saved));
}

Response put_reminders(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  const auto saved =
      app::Profiles(context.services)
          .set_reminder_channel(signed_in(caller), required_string_member(body, "channel"),
                                client_address(context, request));
  return ok({{"channel", saved.notify_channel}, {"phone", saved.phone}, {"email", saved.email}});
}

Response put_password(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto body = json_object_body(request);
  const auto next = string_member(body, "new_password");
  const auto result = app::Accounts(context.services)
                          .change_password(who, string_member(body, "current_password"), next, next,
                                           client_address(context, request));
  auto response = ok({{"token", result.token},
                      {"csrf_token", result.session.csrf_token},
                      {"expires_at", core::format_iso(result.session.expires_at)}});
  response.header("set-cookie", session_cookie(context, result.token));
  response.header("cache-control", "no-store");
  return response;
}

json listed(const core::Dossier& dossier) {
  auto item = dossier_summary_json(dossier);
  const auto action = app::applicant_action(dossier.lifecycle.status);
  item["action"] = action.empty() ? json(nullptr) : json(action);
  return item;
}

// Without `status` or `sort` the list is as API.md first fixed it: drafts included, newest first.
Response my_dossiers(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto page_number = int_query(request, "page", 1, 100000).value_or(1);
  const auto per_page = int_query(request, "per_page", 1, 100).value_or(50);
  const auto sort = text_query(request, "sort");
  if (!sort.empty() && sort != "action" && sort != "newest")
    app::throw_invalid({{"sort", "account.error.status_filter"}});
  const auto status = text_query(request, "status");
  app::MyDossiersQuery query{status,
                             status.empty(),
                             sort == "action",
                             static_cast<int>(page_number),
                             static_cast<int>(per_page),
                             0};
  const auto found = app::OwnDossiers(context.services).list(who, query);
  json items = json::array();
  for (const auto& dossier : found.dossiers.items) items.push_back(listed(dossier));
  json counts = json::object();
  for (const auto& [code, count] : found.counts) counts[std::to_string(code)] = count;
  return ok({{"items", items},
             {"total", found.dossiers.total},
             {"page", page_number},
             {"counts", counts},
             {"action_needed", found.action_needed}});
}

Response delete_draft(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto id = id_param(request, "id", "dossier");
  app::OwnDossiers(context.services).delete_draft(who, id, client_address(context, request));
  return no_content();
}

}  // namespace

void register_account_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/me/profile", get_profile);
  add_route(router, context, Method::put, "/api/v1/me/profile", put_profile);
  add_route(router, context, Method::put, "/api/v1/me/password", put_password);
  add_route(router, context, Method::put, "/api/v1/me/reminders", put_reminders);
  add_route(router, context, Method::get, "/api/v1/me/dossiers", my_dossiers);
  add_route(router, context, Method::del, "/api/v1/dossiers/{id}", delete_draft);
}

}  // namespace motcua::web::api
