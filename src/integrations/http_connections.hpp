#pragma once
// The national systems over HTTP (docs/integrations.md): the outbox's sender, PayGov's payment
// page and status query, and the national portal's dossier feed and procedure catalog, on the
// settings' endpoints.
#include "app/ports/message_sender.hpp"
#include "app/ports/national_catalog.hpp"
#include "app/ports/national_portal_feed.hpp"
#include "app/ports/payment_gateway.hpp"
#include "integrations/connection_settings.hpp"

namespace motcua::integrations {

class HttpConnections final : public app::MessageSender,
                              public app::PaymentGateway,
                              public app::NationalPortalFeed,
                              public app::NationalCatalog {
 public:
  explicit HttpConnections(ConnectionSettings settings) : settings_(std::move(settings)) {}

  bool connected(std::string_view system) const override;
  app::SendOutcome send(const app::OutboxMessage& message) const override;
  bool authentic(std::string_view system, const std::vector<std::string>& fields,
                 const std::string& mac) const override;

  std::string pay_url(const std::string& payment_id) const override;
  std::optional<app::PaymentState> check(const std::string& payment_id) const override;

  std::optional<app::NationalFeedPage> fetch(long long after, int limit) const override;
  app::NationalCatalogAnswer fetch_procedures() const override;

  const ConnectionSettings& settings() const { return settings_; }

 private:
  ConnectionSettings settings_;
};

}  // namespace motcua::integrations
