#include "web/api/integration_json.hpp"

#include "core/time.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json optional_instant(const std::optional<core::Instant>& at) {
  return at ? json(core::format_iso(*at)) : json();
}

// Milliseconds since the epoch as the API's ISO 8601 (to the second).
json millis_instant(const std::optional<long long>& ms) {
  if (!ms) return json();
  return core::format_iso(core::Instant{std::chrono::seconds(*ms / 1000)});
}

template <class T>
json array_of(const std::vector<T>& items, json (*convert)(const T&)) {
  json out = json::array();
  for (const auto& item : items) out.push_back(convert(item));
  return out;
}

}  // namespace

json payment_json(const app::Payment& p) {
  return {{"payment_id", p.payment_id},
          {"amount", p.amount},
          {"status", p.state},
          {"transaction_id", p.transaction_id},
          {"receipt_number", p.receipt_number},
          {"created_at", core::format_iso(p.created_at)},
          {"paid_at", optional_instant(p.paid_at)},
          {"refunded_at", optional_instant(p.refunded_at)}};
}

std::string payment_receipt_path(const std::string& dossier_code, const app::Payment& payment) {
  if (!payment.paid_at) return "";
  // Codes and payment references hold only letters, digits, '.' and '-': nothing to escape.
  return "/api/v1/dossiers/" + dossier_code + "/payments/" + payment.payment_id + "/receipt.pdf";
}

json postal_order_json(const app::PostalOrder& o) {
  return {{"order_number", o.order_number},
          {"service", o.service},
          {"item_code", o.item_code},
          {"status", o.status},
          {"updated_at", core::format_iso(o.updated_at)}};
}

json outbox_message_json(const app::OutboxMessage& m) {
  return {{"id", m.id},
          {"system", m.system},
          {"kind", m.kind},
          {"key", m.key},
          {"state", m.state},
          {"attempts", m.attempts},
          {"created_at", millis_instant(m.created_ms)},
          {"next_attempt_at",
           m.state == app::kOutboxPending ? millis_instant(m.next_attempt_ms) : json()},
          {"delivered_at", millis_instant(m.delivered_ms)},
          {"last_error", m.last_error},
          {"body", json::parse(m.body, nullptr, false)}};
}

json log_entry_json(const app::IntegrationLogEntry& e) {
  return {{"id", e.id},
          {"direction", e.direction},
          {"system", e.system},
          {"kind", e.kind},
          {"key", e.key},
          {"status", e.status},
          {"at", millis_instant(e.at_ms)},
          {"request", e.request},
          {"answer", e.answer},
          {"hash", e.hash},
          {"prev_hash", e.prev_hash}};
}

json outbox_counts_json(const app::OutboxCounts& c) {
  return {{"system", c.system},        {"pending", c.pending},
          {"failing", c.failing},      {"parked", c.parked},
          {"delivered", c.delivered},  {"last_delivered_at", millis_instant(c.last_delivered_ms)},
          {"last_error", c.last_error}};
}

json connections_json(const app::DossierConnections& c) {
  return {{"messages", array_of(c.messages, &outbox_message_json)},
          {"log", array_of(c.log, &log_entry_json)},
          {"payments", array_of(c.payments, &payment_json)},
          {"postal_orders", array_of(c.postal_orders, &postal_order_json)}};
}

json log_check_json(const app::LogCheck& check) {
  const auto optional = [](const std::optional<long long>& value) {
    return value ? json(*value) : json();
  };
  return {{"entries", check.entries},
          {"intact", !check.first_broken_id && !check.first_bad_seal_id},
          {"first_broken_id", optional(check.first_broken_id)},
          {"seals", check.seals},
          {"first_bad_seal_id", optional(check.first_bad_seal_id)},
          {"last_sealed_at", millis_instant(check.last_sealed_ms)}};
}

}  // namespace motcua::web::api
