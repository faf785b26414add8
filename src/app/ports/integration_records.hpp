#pragma once
// What the store keeps of the national connections: outgoing messages, the log of every exchange,
// payments and postal orders.
#include <optional>
#include <string>

#include "core/time.hpp"

namespace motcua::app {

// Times in milliseconds since the epoch: retry schedules and delivery delays are below a second.
using Millis = long long;

inline constexpr const char* kOutboxPending = "pending";
inline constexpr const char* kOutboxDelivered = "delivered";
inline constexpr const char* kOutboxParked = "parked";  // stopped by an administrator or by age

struct OutboxMessage {
  long long id = 0;
  std::string system;  // dvcqg, paygov, vnpost, esign, emc, sms, email
  std::string kind;    // status, init, refund, order, event, sms, email
  std::string key;     // the idempotency key the receiver deduplicates by
  std::string stream;  // messages of one stream are delivered one after the other, in id order
  std::optional<long long> dossier_id;
  std::string body;  // JSON
  std::string state = kOutboxPending;
  int attempts = 0;
  Millis next_attempt_ms = 0;
  Millis created_ms = 0;
  std::optional<Millis> delivered_ms;
  std::string last_error;
  std::string answer;  // the receiver's answer to the delivered attempt
};

// One exchange with another system, either way, chained to the one before it by its hash so that
// an entry removed or changed afterwards shows.
struct IntegrationLogEntry {
  long long id = 0;
  std::optional<long long> message_id;
  std::string direction;  // "out" (motcua called) or "in" (a callback or a fetch answer)
  std::string system;
  std::string kind;
  std::string key;
  std::optional<long long> dossier_id;
  std::string request;
  int status = 0;  // the HTTP status; 0 when no answer came
  std::string answer;
  Millis at_ms = 0;
  std::string prev_hash;
  std::string hash;
};

struct OutboxQuery {
  std::string system;  // all when empty
  std::string state;   // all when empty
  std::optional<long long> dossier_id;
  int limit = 100;
};

struct OutboxCounts {
  std::string system;
  long long pending = 0;
  long long failing = 0;  // pending after at least one failed attempt
  long long parked = 0;
  long long delivered = 0;
  std::optional<Millis> last_delivered_ms;
  std::string last_error;
};

inline constexpr const char* kPaymentPending = "pending";
inline constexpr const char* kPaymentPaid = "paid";
inline constexpr const char* kPaymentRefunded = "refunded";

struct Payment {
  long long id = 0;
  std::string payment_id;  // MaThamChieu: the reference PayGov knows it by
  long long dossier_id = 0;
  int request_seq = 0;   // the dossier event that asked for it: one payment per request
  long long amount = 0;  // VND
  std::string state = kPaymentPending;
  std::string transaction_id;  // MaGiaoDich, once paid
  std::string receipt_number;
  core::Instant created_at{};
  std::optional<core::Instant> paid_at;
  std::optional<core::Instant> refunded_at;
};

struct PostalOrder {
  std::string order_number;
  long long dossier_id = 0;
  std::string service;    // "result" (delivery) or "pickup" (papers from the applicant)
  std::string item_code;  // the waybill number, once VNPost gave it
  std::string status;     // requested, accepted, picked_up, in_transit, delivered, returned
  int status_seq = 0;
  core::Instant created_at{};
  core::Instant updated_at{};
};

// A VNeID sign-in under way: what the callback must match.
struct OidcLogin {
  std::string state;
  std::string nonce;
  std::string verifier;
  std::string return_to;
  core::Instant created_at{};
};

}  // namespace motcua::app
