#pragma once
// The national connections as administrators and officials see them: each system's queue and
// failures, a message retried or parked by hand, the message log's chain checked, and the messages
// of one dossier.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/outbox.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct DossierConnections {
  std::vector<OutboxMessage> messages;
  std::vector<IntegrationLogEntry> log;
  std::vector<Payment> payments;
  std::vector<PostalOrder> postal_orders;
};

class IntegrationAdmin {
 public:
  explicit IntegrationAdmin(Services& services) : services_(services) {}

  // Per system: what waits, what fails, what is parked (administrators).
  std::vector<OutboxCounts> overview(const Principal& who);
  std::vector<OutboxMessage> messages(const Principal& who, const OutboxQuery& query);
  std::vector<IntegrationLogEntry> log(const Principal& who, const std::string& system, int limit);
  // A parked or failing message goes out again now; a delivered one → 409.
  OutboxMessage retry(const Principal& who, long long id);
  // A pending message is set aside until an administrator retries it; a delivered one → 409.
  OutboxMessage park(const Principal& who, long long id);
  LogCheck check_chain(const Principal& who);
  // An official who may see the dossier (else 404).
  DossierConnections for_dossier(const Principal& who, const std::string& code);

  // For the deep health check: no caller to check.
  std::vector<OutboxCounts> counts();

 private:
  OutboxMessage change(const Principal& who, long long id, const std::string& state);

  Services& services_;
};

}  // namespace motcua::app
