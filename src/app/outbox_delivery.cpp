#include "app/outbox_delivery.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "app/applicant_notices.hpp"
#include "app/outbox.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kMaxLoggedBytes = 64 * 1024;
constexpr long long kMostClaimed = 16;

std::string bounded(const std::string& text) {
  return text.size() <= kMaxLoggedBytes ? text : text.substr(0, kMaxLoggedBytes);
}

void record_waybill(Transaction& tx, const OutboxMessage& message, core::Instant at) {
  const auto answer = nlohmann::json::parse(message.answer, nullptr, false);
  const auto body = nlohmann::json::parse(message.body, nullptr, false);
  if (!answer.is_object() || !body.is_object()) return;
  auto order = tx.find_postal_order(body.value("OrderNumber", ""));
  if (!order) return;
  order->item_code = answer.value("ItemCode", "");
  order->status = "registered";
  order->status_seq = 0;
  order->updated_at = at;
  tx.update_postal_order(*order);
}

void record_refund(Transaction& tx, const OutboxMessage& message, core::Instant at) {
  const auto body = nlohmann::json::parse(message.body, nullptr, false);
  if (!body.is_object()) return;
  auto payment = tx.find_payment(body.value("MaThamChieu", ""));
  if (!payment) return;
  payment->state = kPaymentRefunded;
  payment->refunded_at = at;
  tx.transition_payment(*payment, kPaymentPaid);
}

}  // namespace

void apply_answer(Transaction& tx, const OutboxMessage& message, core::Instant at) {
  if (message.system == "vnpost" && message.kind == "order") record_waybill(tx, message, at);
  if (message.system == "paygov" && message.kind == "refund") record_refund(tx, message, at);
}

int batch_within_lease(std::chrono::milliseconds lease, std::chrono::milliseconds longest_send) {
  if (lease <= longest_send)
    throw std::invalid_argument("the outbox lease must exceed the longest send timeout (" +
                                std::to_string(longest_send.count()) + " ms)");
  if (longest_send.count() <= 0) return kMostClaimed;
  // One send's worth of margin: recording the answers takes time too.
  return static_cast<int>(std::clamp<long long>(lease / longest_send - 1, 1, kMostClaimed));
}

int OutboxDelivery::run_once() {
  if (services_.sender == nullptr) return 0;
  std::vector<OutboxMessage> claimed;
  services_.store.write([&](Transaction& tx) {
    claimed = tx.claim_messages(services_.clock.now_ms(), services_.policy.outbox_lease.count(),
                                services_.policy.outbox_batch);
  });
  std::vector<std::pair<OutboxMessage, Millis>> held;
  for (auto& message : claimed) {
    const auto until = breakers_ ? breakers_->open_until(message.system) : 0;
    if (until > services_.clock.now_ms()) {
      const auto claimed_until = message.next_attempt_ms;
      message.next_attempt_ms = until;
      held.emplace_back(std::move(message), claimed_until);
      continue;
    }
    const auto outcome = services_.sender->send(message);
    if (breakers_)
      breakers_->record(message.system, outcome.status > 0 && outcome.status < 500,
                        services_.clock.now_ms());
    record(message, outcome);
  }
  hold(held);
  return static_cast<int>(claimed.size() - held.size());
}

// Messages to a system whose breaker is open wait for it, untried: no attempt is counted.
void OutboxDelivery::hold(const std::vector<std::pair<OutboxMessage, Millis>>& held) {
  if (held.empty()) return;
  services_.store.write([&](Transaction& tx) {
    for (const auto& [message, claimed_until] : held)
      tx.settle_claimed_message(message, claimed_until);
  });
}

// A send that outlasted its claim is logged, but its outcome is left to the process that claimed
// the message since (it sends again under the same idempotency key), so that two outcomes never
// both apply.
void OutboxDelivery::record(OutboxMessage message, const SendOutcome& outcome) {
  const auto claimed_until = message.next_attempt_ms;
  const auto now = services_.clock.now_ms();
  ++message.attempts;
  if (outcome.acknowledged) {
    message.state = kOutboxDelivered;
    message.delivered_ms = now;
    message.answer = bounded(outcome.answer);
  } else {
    message.last_error =
        outcome.error.empty() ? "HTTP " + std::to_string(outcome.status) : outcome.error;
    message.next_attempt_ms =
        now + core::retry_delay(services_.policy.retry, message.attempts, jitter_()).count();
    if (core::parks_after(services_.policy.retry, message.attempts)) message.state = kOutboxParked;
  }
  IntegrationLogEntry entry;
  entry.message_id = message.id;
  entry.direction = "out";
  entry.system = message.system;
  entry.kind = message.kind;
  entry.key = message.key;
  entry.dossier_id = message.dossier_id;
  entry.request = bounded(outcome.request);
  entry.status = outcome.status;
  entry.answer = outcome.acknowledged ? message.answer : bounded(outcome.answer + outcome.error);
  entry.at_ms = now;
  services_.store.write([&](Transaction& tx) {
    append_log(tx, entry);
    if (!tx.settle_claimed_message(message, claimed_until)) return;
    if (outcome.acknowledged) apply_answer(tx, message, services_.clock.now());
    if (message.state != kOutboxParked) return;
    notify_by_other_channel(services_, tx, message);
    // A message given up on is an integration failure the administrators must see (audit page).
    tx.append_audit(AuditEntry{services_.clock.now(), "system", "integration_parked",
                               message.system + ":" + message.key, message.last_error, ""});
  });
}

}  // namespace motcua::app
