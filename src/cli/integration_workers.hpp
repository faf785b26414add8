#pragma once
// The national connections inside the server process: the HTTP clients on the configured
// endpoints (--sim URL or --integrations FILE), the outbox's delivery passes, the national
// portal's intake, the national catalog's sync and the reconciliation of payments PayGov never
// confirmed.
#include <memory>
#include <vector>

#include "app/services.hpp"
#include "app/system_breakers.hpp"
#include "cli/arguments.hpp"
#include "cli/periodic_worker.hpp"
#include "integrations/http_connections.hpp"
#include "views/i18n.hpp"

namespace motcua::cli {

// The options serve accepts for them.
const std::set<std::string>& integration_options();
extern const char* const kIntegrationHelp;

class IntegrationWorkers {
 public:
  // Connects `services` to the configured systems (nothing when none is configured) and starts
  // the background passes; they stop when this is destroyed.
  IntegrationWorkers(const Arguments& args, app::Services& services,
                     const views::Translations& translations);
  ~IntegrationWorkers();
  IntegrationWorkers(const IntegrationWorkers&) = delete;
  IntegrationWorkers& operator=(const IntegrationWorkers&) = delete;

  const integrations::HttpConnections* connections() const { return connections_.get(); }

 private:
  std::unique_ptr<integrations::HttpConnections> connections_;
  std::unique_ptr<app::TextCatalog> texts_;
  std::unique_ptr<app::IdentityProvider> identity_;
  std::unique_ptr<app::RemoteSigner> esign_;
  std::unique_ptr<app::AccountNotifier> account_notifier_;
  std::unique_ptr<app::SystemBreakers> breakers_;
  std::vector<std::unique_ptr<PeriodicWorker>> workers_;  // last: stopped first
};

}  // namespace motcua::cli
