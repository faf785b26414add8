#pragma once
// The outbox, the inbox, the message log and what the national connections track.
#include <optional>
#include <string>
#include <vector>

#include "app/ports/integration_records.hpp"

namespace motcua::app {

class IntegrationRepository {
 public:
  virtual ~IntegrationRepository() = default;

  // Adds a message unless its key is already there; false then (the same message, once).
  virtual bool enqueue_message(const OutboxMessage& message) = 0;
  // Takes up to `limit` pending messages due at `now`, each the first pending one of its stream,
  // and moves their next attempt to `now + lease` so that no other process takes them meanwhile.
  // Rows another transaction holds are skipped, not waited for.
  virtual std::vector<OutboxMessage> claim_messages(Millis now, Millis lease, int limit) = 0;
  // Writes the outcome of an attempt: state, attempts, next attempt, error, answer, delivery time.
  virtual void settle_message(const OutboxMessage& message) = 0;
  // The same for a message this process claimed until `claimed_until`, unless the claim is no
  // longer its own: the lease ran out and another process claimed the message again, or an
  // administrator changed it. Nothing is written then, and false is returned.
  virtual bool settle_claimed_message(const OutboxMessage& message, Millis claimed_until) = 0;
  virtual std::optional<OutboxMessage> find_outbox_message(long long id) = 0;
  virtual std::optional<OutboxMessage> find_outbox_message_by_key(const std::string& key) = 0;
  virtual std::vector<OutboxMessage> list_outbox(const OutboxQuery& query) = 0;
  virtual std::vector<OutboxCounts> count_outbox() = 0;

  // The chain's last hash, locked until the transaction ends so entries are appended one by one.
  virtual std::string lock_log_head() = 0;
  // Appends a sealed entry and makes its hash the chain's head.
  virtual void append_log(const IntegrationLogEntry& entry) = 0;
  virtual std::vector<IntegrationLogEntry> list_log(std::optional<long long> dossier_id,
                                                    const std::string& system, int limit) = 0;
  // Entries in chain order from `after_id`, to check the chain.
  virtual std::vector<IntegrationLogEntry> list_log_from(long long after_id, int limit) = 0;

  // Records a received message's key; false when it was already received (a repeat).
  virtual bool accept_inbound(const std::string& key, const std::string& system,
                              const std::string& kind, Millis at) = 0;
  virtual std::optional<std::string> cursor(const std::string& name) = 0;
  virtual void set_cursor(const std::string& name, const std::string& position) = 0;

  virtual long long insert_payment(const Payment& payment) = 0;
  virtual std::optional<Payment> find_payment(const std::string& payment_id) = 0;
  virtual std::optional<Payment> find_payment_for_request(long long dossier_id,
                                                          int request_seq) = 0;
  virtual std::vector<Payment> list_payments(long long dossier_id) = 0;
  // Moves a payment from `from` to the payment's state with its fields; false when it was no
  // longer in `from` (another confirmation won).
  virtual bool transition_payment(const Payment& payment, const std::string& from) = 0;
  virtual std::vector<Payment> list_payments_in_state(const std::string& state,
                                                      core::Instant created_before, int limit) = 0;

  virtual void insert_postal_order(const PostalOrder& order) = 0;
  virtual std::optional<PostalOrder> find_postal_order(const std::string& order_number) = 0;
  virtual std::vector<PostalOrder> list_postal_orders(long long dossier_id) = 0;
  // Keeps the order's latest news only: false when `order.status_seq` is not newer.
  virtual bool update_postal_order(const PostalOrder& order) = 0;

  virtual void insert_oidc_login(const OidcLogin& login) = 0;
  // Removes and returns the sign-in under `state`: each is used once.
  virtual std::optional<OidcLogin> take_oidc_login(const std::string& state) = 0;
};

}  // namespace motcua::app
