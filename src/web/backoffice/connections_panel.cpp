#include "web/backoffice/connections_panel.hpp"

#include "core/time.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

std::string when(long long ms) {
  return core::format_display(core::Instant{std::chrono::seconds(ms / 1000)});
}

json message_row(PageRequest& page, const app::OutboxMessage& m) {
  return {{"system", page.text("connections.system." + m.system)},
          {"kind", m.kind},
          {"state", page.text("connections.state." + m.state)},
          {"delivered", m.state == app::kOutboxDelivered},
          {"attempts", m.attempts},
          {"at", when(m.delivered_ms.value_or(m.created_ms))},
          {"error", m.state == app::kOutboxDelivered ? "" : m.last_error}};
}

}  // namespace

json connections_view(PageRequest& page, const app::DossierConnections& c) {
  json messages = json::array();
  for (const auto& m : c.messages) messages.push_back(message_row(page, m));
  json payments = json::array();
  for (const auto& p : c.payments) {
    payments.push_back({{"id", p.payment_id},
                        {"amount", std::to_string(p.amount)},
                        {"state", page.text("connections.payment." + p.state)},
                        {"receipt", p.receipt_number}});
  }
  json orders = json::array();
  for (const auto& o : c.postal_orders) {
    orders.push_back({{"number", o.order_number},
                      {"item_code", o.item_code},
                      {"status", page.text("connections.postal." + o.status)},
                      {"at", core::format_display(o.updated_at)}});
  }
  return {{"messages", messages},
          {"has_messages", !messages.empty()},
          {"payments", payments},
          {"has_payments", !payments.empty()},
          {"orders", orders},
          {"has_orders", !orders.empty()},
          {"any", !messages.empty() || !payments.empty() || !orders.empty()}};
}

}  // namespace motcua::web::backoffice
