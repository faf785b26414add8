#include "web/backoffice/connections_panel.hpp"

#include <map>

#include "core/time.hpp"
#include "web/api/integration_json.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

std::string when(long long ms) {
  return core::format_display(core::Instant{std::chrono::seconds(ms / 1000)});
}

// What the SMS and e-mail gateways' receipts said of each message.
std::map<long long, std::string> receipts_of(const std::vector<app::IntegrationLogEntry>& log) {
  std::map<long long, std::string> receipts;
  for (const auto& entry : log) {
    if (entry.kind == "receipt" && entry.message_id) receipts[*entry.message_id] = entry.answer;
  }
  return receipts;
}

json message_row(PageRequest& page, const app::OutboxMessage& m,
                 const std::map<long long, std::string>& receipts) {
  const auto receipt = receipts.find(m.id);
  return {
      {"system", page.text("connections.system." + m.system)},
      {"receipt", receipt == receipts.end() ? std::string()
                                            : page.text("connections.receipt." + receipt->second)},
      {"kind", m.kind},
      {"state", page.text("connections.state." + m.state)},
      {"delivered", m.state == app::kOutboxDelivered},
      {"attempts", m.attempts},
      {"at", when(m.delivered_ms.value_or(m.created_ms))},
      {"error", m.state == app::kOutboxDelivered ? "" : m.last_error}};
}

}  // namespace

json connections_view(PageRequest& page, const std::string& code,
                      const app::DossierConnections& c) {
  json messages = json::array();
  const auto receipts = receipts_of(c.log);
  for (const auto& m : c.messages) messages.push_back(message_row(page, m, receipts));
  json payments = json::array();
  for (const auto& p : c.payments) {
    payments.push_back({{"id", p.payment_id},
                        {"amount", std::to_string(p.amount)},
                        {"state", page.text("connections.payment." + p.state)},
                        {"receipt", p.receipt_number},
                        {"receipt_url", web::api::payment_receipt_path(code, p)}});
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
