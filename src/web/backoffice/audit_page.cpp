// The audit page for administrators: sign-ins, administrative changes and integration failures,
// filtered by period, account and action, newest first, a hundred at a time, and as CSV.
#include <array>

#include "app/audit_log.hpp"
#include "web/audit_query.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/nhat-ky";

// The filters as a query string, each under `names` (the page's or the API's parameter names).
std::string filters_of(const PageRequest& page, const std::array<const char*, 4>& names) {
  static constexpr std::array<const char*, 4> kPageNames{"tu-ngay", "den-ngay", "actor", "action"};
  std::string query;
  for (std::size_t i = 0; i < kPageNames.size(); ++i) {
    const auto value = page.http.query_or(kPageNames[i], "");
    if (!value.empty())
      query += std::string(query.empty() ? "" : "&") + names[i] + "=" + url_encode(value);
  }
  return query;
}

Response audit_page(PageRequest& page) {
  auto query = audit_query(page.http, "tu-ngay", "den-ngay");
  query.limit = app::kAuditPage;
  const auto entries = app::AuditLog(page.context.services).search(page.principal(), query);
  json rows = json::array();
  for (const auto& e : entries)
    rows.push_back({{"at", core::format_display(e.at)},
                    {"actor", e.actor},
                    {"action", e.action},
                    {"target", e.target},
                    {"detail", e.detail},
                    {"ip", e.ip}});
  const auto filters = filters_of(page, {"tu-ngay", "den-ngay", "actor", "action"});
  json model{{"title", page.text("bo.audit.title")},
             {"nav", "backoffice"},
             {"rows", rows},
             {"has_rows", !rows.empty()},
             {"from", page.http.query_or("tu-ngay", "")},
             {"to", page.http.query_or("den-ngay", "")},
             {"actor", query.actor},
             {"action", query.action},
             {"csv_url",
              "/api/v1/admin/audit.csv?" + filters_of(page, {"from", "to", "actor", "action"})}};
  if (static_cast<int>(entries.size()) == app::kAuditPage)
    model["older_url"] = std::string(kPage) + "?" + (filters.empty() ? "" : filters + "&") +
                         "before_id=" + std::to_string(entries.back().id);
  return render_page(page, "backoffice/audit", std::move(model));
}

}  // namespace

void register_audit_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage, audit_page);
}

}  // namespace motcua::web::backoffice
