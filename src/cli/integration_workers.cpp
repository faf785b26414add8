#include "cli/integration_workers.hpp"

#include <spdlog/spdlog.h>

#include <random>

#include "app/catalog_sync.hpp"
#include "app/national_intake.hpp"
#include "app/outbox.hpp"
#include "app/outbox_account_notifier.hpp"
#include "app/outbox_delivery.hpp"
#include "app/payments.hpp"
#include "integrations/esign_client.hpp"
#include "integrations/oidc_client.hpp"

namespace motcua::cli {
namespace {

class CatalogTexts final : public app::TextCatalog {
 public:
  explicit CatalogTexts(const views::Translations& translations) : translations_(translations) {}
  std::string text(const std::string& lang, const std::string& key,
                   const std::map<std::string, std::string>& params) const override {
    return translations_.format(lang, key, params);
  }

 private:
  const views::Translations& translations_;
};

std::unique_ptr<integrations::HttpConnections> connections_of(const Arguments& args) {
  if (args.has("sim") && args.has("integrations"))
    throw std::invalid_argument("--sim and --integrations exclude each other");
  if (args.has("sim"))
    return std::make_unique<integrations::HttpConnections>(
        integrations::ConnectionSettings::simulator(*args.value("sim")));
  if (args.has("integrations"))
    return std::make_unique<integrations::HttpConnections>(
        integrations::ConnectionSettings::load(*args.value("integrations")));
  return nullptr;
}

long long number_option(const Arguments& args, const std::string& name, long long fallback) {
  const auto value = std::stoll(args.value_or(name, std::to_string(fallback)));
  if (value < 0) throw std::invalid_argument("--" + name + " must not be negative");
  return value;
}

void set_lease(const Arguments& args, const integrations::ConnectionSettings& settings,
               app::Policy& policy) {
  std::chrono::milliseconds longest{0};
  for (const auto& [system, endpoint] : settings.systems)
    longest = std::max(longest, endpoint.timeout);
  policy.outbox_lease = std::chrono::milliseconds(number_option(args, "outbox-lease-ms", 120000));
  policy.outbox_batch = app::batch_within_lease(policy.outbox_lease, longest);
}

double jitter() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

}  // namespace

const std::set<std::string>& integration_options() {
  static const std::set<std::string> options{"sim",
                                             "integrations",
                                             "outbox-workers",
                                             "intake-interval-ms",
                                             "reconcile-interval",
                                             "retry-first-ms",
                                             "retry-longest-ms",
                                             "outbox-lease-ms",
                                             "log-seal-interval",
                                             "breaker-failures",
                                             "breaker-open-ms",
                                             "catalog-sync-interval"};
  return options;
}

const char* const kIntegrationHelp =
    R"(  --sim URL         connect every national system to a running motcua-sim at URL
  --integrations FILE  the national systems' endpoints and credentials (docs/integrations.md)
  --outbox-workers N   threads delivering queued messages (default 2)
  --intake-interval-ms N  how often the national portal is asked for new dossiers (default 2000)
  --reconcile-interval S  how often PayGov is asked about payments still pending (default 30)
  --retry-first-ms N   wait before retrying a failed delivery, doubled at each failure (default 1000)
  --retry-longest-ms N longest wait between retries (default 600000)
  --breaker-failures N failures in a row after which a system is left alone (default 5)
  --breaker-open-ms N  how long it is left alone before one message tries it again (default 30000)
  --log-seal-interval S  how often the message log's head is signed with the system's key
                       (default 3600)
  --outbox-lease-ms N  how long a message being sent is held from other threads and nodes; a
                       message held by a node that died waits this long (default 120000)
  --catalog-sync-interval S  how often the national procedure catalog is read and compared with
                       the local one (default 86400)
)";

IntegrationWorkers::IntegrationWorkers(const Arguments& args, app::Services& services,
                                       const views::Translations& translations)
    : connections_(connections_of(args)), texts_(std::make_unique<CatalogTexts>(translations)) {
  if (!connections_) return;
  services.sender = connections_.get();
  services.payments = connections_.get();
  services.national_feed = connections_.get();
  services.national_catalog = connections_.get();
  services.texts = texts_.get();
  // Reset links go by e-mail or SMS once either is connected (the server log otherwise).
  if (connections_->connected("email") || connections_->connected("sms")) {
    account_notifier_ = std::make_unique<app::OutboxAccountNotifier>(services);
    services.account_notifier = account_notifier_.get();
  }
  if (const auto* vneid = connections_->settings().find("vneid")) {
    identity_ = std::make_unique<integrations::OidcClient>(*vneid);
    services.identity = identity_.get();
  }
  if (const auto* esign = connections_->settings().find("esign")) {
    esign_ = std::make_unique<integrations::EsignClient>(*esign);
    services.esign = esign_.get();
  }
  services.policy.retry.first =
      std::chrono::milliseconds(number_option(args, "retry-first-ms", 1000));
  services.policy.retry.longest =
      std::chrono::milliseconds(number_option(args, "retry-longest-ms", 600000));
  set_lease(args, connections_->settings(), services.policy);
  breakers_ = std::make_unique<app::SystemBreakers>(core::BreakerPolicy{
      static_cast<int>(std::max(1LL, number_option(args, "breaker-failures", 5))),
      std::chrono::milliseconds(number_option(args, "breaker-open-ms", 30000))});
  const auto delivery_threads = std::max(1LL, number_option(args, "outbox-workers", 2));
  for (long long i = 0; i < delivery_threads; ++i) {
    workers_.push_back(std::make_unique<PeriodicWorker>(
        "outbox delivery", std::chrono::milliseconds(100), [&services, this] {
          app::OutboxDelivery delivery(services, jitter, breakers_.get());
          // A bounded run per pass, so that stopping the server waits for little.
          for (int pass = 0; pass < 50 && delivery.run_once() > 0; ++pass) {
          }
        }));
  }
  workers_.push_back(std::make_unique<PeriodicWorker>(
      "national portal intake",
      std::chrono::milliseconds(std::max(100LL, number_option(args, "intake-interval-ms", 2000))),
      [&services] { app::NationalIntake(services).poll(); }));
  workers_.push_back(std::make_unique<PeriodicWorker>(
      "payment reconciliation",
      std::chrono::seconds(std::max(1LL, number_option(args, "reconcile-interval", 30))),
      [&services] { app::Payments(services).reconcile(std::chrono::seconds(5)); }));
  workers_.push_back(std::make_unique<PeriodicWorker>(
      "national catalog sync",
      std::chrono::seconds(std::max(1LL, number_option(args, "catalog-sync-interval", 86400))),
      [&services] { app::CatalogSync(services).run(); }));
  workers_.push_back(std::make_unique<PeriodicWorker>(
      "message log seal",
      std::chrono::seconds(std::max(1LL, number_option(args, "log-seal-interval", 3600))),
      [&services] { app::seal_log(services); }));
  spdlog::info("national connections: {} systems, {} delivery threads",
               connections_->settings().systems.size(), delivery_threads);
}

IntegrationWorkers::~IntegrationWorkers() { workers_.clear(); }

}  // namespace motcua::cli
