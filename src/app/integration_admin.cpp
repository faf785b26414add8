#include "app/integration_admin.hpp"

#include <algorithm>

#include "app/administration.hpp"
#include "app/dossier_flow.hpp"
#include "app/errors.hpp"

namespace motcua::app {

std::vector<OutboxCounts> IntegrationAdmin::overview(const Principal& who) {
  require_admin(who);
  return counts();
}

std::vector<OutboxCounts> IntegrationAdmin::counts() {
  std::vector<OutboxCounts> result;
  services_.store.read([&](Transaction& tx) { result = tx.count_outbox(); });
  return result;
}

std::vector<OutboxMessage> IntegrationAdmin::messages(const Principal& who,
                                                      const OutboxQuery& query) {
  require_admin(who);
  auto bounded = query;
  bounded.limit = std::clamp(bounded.limit, 1, 500);
  std::vector<OutboxMessage> result;
  services_.store.read([&](Transaction& tx) { result = tx.list_outbox(bounded); });
  return result;
}

std::vector<IntegrationLogEntry> IntegrationAdmin::log(const Principal& who,
                                                       const std::string& system, int limit) {
  require_admin(who);
  std::vector<IntegrationLogEntry> result;
  services_.store.read([&](Transaction& tx) {
    result = tx.list_log(std::nullopt, system, std::clamp(limit, 1, 500));
  });
  return result;
}

OutboxMessage IntegrationAdmin::retry(const Principal& who, long long id) {
  return change(who, id, kOutboxPending);
}

OutboxMessage IntegrationAdmin::park(const Principal& who, long long id) {
  return change(who, id, kOutboxParked);
}

OutboxMessage IntegrationAdmin::change(const Principal& who, long long id,
                                       const std::string& state) {
  require_admin(who);
  OutboxMessage message;
  services_.store.write([&](Transaction& tx) {
    auto found = tx.find_outbox_message(id);
    if (!found) throw_not_found("message");
    if (found->state == kOutboxDelivered)
      throw AppError(ErrorKind::conflict, "already_delivered", "error.already_delivered");
    message = *found;
    message.state = state;
    message.next_attempt_ms = services_.clock.now_ms();
    tx.settle_message(message);
  });
  return message;
}

LogCheck IntegrationAdmin::check_chain(const Principal& who) {
  require_admin(who);
  LogCheck check;
  services_.store.read([&](Transaction& tx) { check = check_log_chain(tx, services_.log_sealer); });
  return check;
}

DossierConnections IntegrationAdmin::for_dossier(const Principal& who, const std::string& code) {
  if (!who.user.is_official()) throw_not_found("dossier");
  DossierConnections result;
  services_.store.read([&](Transaction& tx) {
    const auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || !may_view(who.user, *dossier, tx.list_units())) throw_not_found("dossier");
    OutboxQuery query;
    query.dossier_id = dossier->id;
    query.limit = 200;
    result.messages = tx.list_outbox(query);
    result.log = tx.list_log(dossier->id, "", 200);
    result.payments = tx.list_payments(dossier->id);
    result.postal_orders = tx.list_postal_orders(dossier->id);
  });
  return result;
}

}  // namespace motcua::app
