// The administrators' page on the national connections: each system's queue (waiting, failing,
// parked, delivered), the messages that failed or were parked with a button to send again or to
// set aside, and whether the message log's hash chain is intact.
#include "app/integration_admin.hpp"
#include "core/time.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/ket-noi";

std::string when(const std::optional<long long>& ms) {
  if (!ms) return "";
  return core::format_display(core::Instant{std::chrono::seconds(*ms / 1000)});
}

json systems_view(PageRequest& page, const std::vector<app::OutboxCounts>& counts) {
  json rows = json::array();
  for (const auto& c : counts) {
    rows.push_back({{"system", page.text("connections.system." + c.system)},
                    {"pending", c.pending},
                    {"failing", c.failing},
                    {"parked", c.parked},
                    {"delivered", c.delivered},
                    {"last_delivered", when(c.last_delivered_ms)},
                    {"last_error", c.last_error}});
  }
  return rows;
}

json troubles_view(PageRequest& page, app::IntegrationAdmin& admin) {
  json rows = json::array();
  for (const auto* state : {app::kOutboxParked, app::kOutboxPending}) {
    app::OutboxQuery query;
    query.state = state;
    query.limit = 100;
    for (const auto& m : admin.messages(page.principal(), query)) {
      if (m.state == app::kOutboxPending && m.attempts == 0) continue;  // waiting its first try
      rows.push_back({{"id", m.id},
                      {"system", page.text("connections.system." + m.system)},
                      {"key", m.key},
                      {"state", page.text("connections.state." + m.state)},
                      {"parked", m.state == app::kOutboxParked},
                      {"attempts", m.attempts},
                      {"error", m.last_error}});
    }
  }
  return rows;
}

Response overview(PageRequest& page) {
  app::IntegrationAdmin admin(page.context.services);
  const auto counts = admin.overview(page.principal());
  const auto chain = admin.check_chain(page.principal());
  const auto troubles = troubles_view(page, admin);
  json model{
      {"title", page.text("connections.admin_title")},
      {"nav", "backoffice"},
      {"csrf", page.csrf_token()},
      {"systems", systems_view(page, counts)},
      {"has_systems", !counts.empty()},
      {"troubles", troubles},
      {"has_troubles", !troubles.empty()},
      {"chain_entries", chain.entries},
      {"chain_intact", !chain.first_broken_id && !chain.first_bad_seal_id},
      {"chain_broken_at", chain.first_broken_id.value_or(chain.first_bad_seal_id.value_or(0))},
      {"seals", chain.seals},
      {"last_sealed", when(chain.last_sealed_ms)}};
  if (page.http.query_param("xong")) model["flash"] = page.text("connections.done");
  return render_page(page, "backoffice/connections", std::move(model), 200);
}

Response change(PageRequest& page, bool retry) {
  app::IntegrationAdmin admin(page.context.services);
  const auto text = page.http.param("id");
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    return see_other(kPage);
  const auto id = std::stoll(text);
  if (retry) {
    admin.retry(page.principal(), id);
  } else {
    admin.park(page.principal(), id);
  }
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_connection_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage, overview);
  add_page(router, context, Method::post, "/mot-cua/ket-noi/{id}/gui-lai",
           [](PageRequest& page) { return change(page, true); });
  add_page(router, context, Method::post, "/mot-cua/ket-noi/{id}/tam-dung",
           [](PageRequest& page) { return change(page, false); });
}

}  // namespace motcua::web::backoffice
