#pragma once
// The JSON shapes of the national connections' records.
#include <nlohmann/json.hpp>

#include "app/integration_admin.hpp"
#include "app/outbox.hpp"

namespace motcua::web::api {

nlohmann::json payment_json(const app::Payment& payment);
// Where a paid payment's e-receipt is downloaded; empty while it is not paid.
std::string payment_receipt_path(const std::string& dossier_code, const app::Payment& payment);
nlohmann::json postal_order_json(const app::PostalOrder& order);
nlohmann::json outbox_message_json(const app::OutboxMessage& message);
nlohmann::json log_entry_json(const app::IntegrationLogEntry& entry);
nlohmann::json outbox_counts_json(const app::OutboxCounts& counts);
nlohmann::json connections_json(const app::DossierConnections& connections);
nlohmann::json log_check_json(const app::LogCheck& check);

}  // namespace motcua::web::api
