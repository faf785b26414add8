// The audit log for administrators: filtered and paged, and as CSV.
#include "app/audit_log.hpp"
#include "web/api/api_support.hpp"
#include "web/audit_query.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

Response list(WebContext& context, Request& request, Caller& caller) {
  auto query = audit_query(request, "from", "to");
  query.limit = app::kAuditPage;
  const auto entries = app::AuditLog(context.services).search(signed_in(caller), query);
  json items = json::array();
  for (const auto& e : entries)
    items.push_back({{"id", e.id},
                     {"at", core::format_iso(e.at)},
                     {"actor", e.actor},
                     {"action", e.action},
                     {"target", e.target},
                     {"detail", e.detail},
                     {"ip", e.ip}});
  const bool more = static_cast<int>(entries.size()) == app::kAuditPage;
  return ok({{"items", items}, {"next_before_id", more ? json(entries.back().id) : json()}});
}

Response export_csv(WebContext& context, Request& request, Caller& caller) {
  auto query = audit_query(request, "from", "to");
  query.limit = app::kAuditExport;
  const auto entries = app::AuditLog(context.services).search(signed_in(caller), query);
  return download_response(audit_csv(entries), "text/csv; charset=utf-8", "nhat-ky-he-thong.csv");
}

}  // namespace

void register_audit_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/audit", list);
  add_route(router, context, Method::get, "/api/v1/admin/audit.csv", export_csv);
}

}  // namespace motcua::web::api
