// The back office (API.md "Back office"): work queues and the transitions officials take.
#include "app/applicant_dossiers.hpp"
#include "app/errors.hpp"
#include "app/official_work.hpp"
#include "core/status.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

std::optional<core::Status> status_filter(const Request& request) {
  const auto code = int_query(request, "status", 0, core::kStatusCount - 1);
  if (!code) return std::nullopt;
  return core::status_from_code(static_cast<int>(*code));
}

Response queue(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto dossiers = app::OfficialWork(context.services).queue(who, status_filter(request));
  json items = json::array();
  for (const auto& dossier : dossiers) items.push_back(dossier_summary_json(dossier));
  return ok({{"items", items}, {"total", items.size()}});
}

// Answers with the full detail so the caller sees the new status, deadline and next actions.
Response act(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  const auto params = json_object_body(request, true);
  const auto dossier = app::OfficialWork(context.services)
                           .act(who, request.param("code"), request.param("action"), params);
  return ok(dossier_detail_json(app::load_detail(context.services, who.user, dossier.code)));
}

}  // namespace

void register_work_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/work/queue", queue);
  add_route(router, context, Method::post, "/api/v1/work/dossiers/{code}/{action}", act);
}

}  // namespace motcua::web::api
