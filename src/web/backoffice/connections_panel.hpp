#pragma once
// The dossier page's panel on the national connections: what each system was sent and whether it
// took it, the payments made through PayGov and the postal orders with VNPost.
#include <nlohmann/json.hpp>
#include <string>

#include "app/integration_admin.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {

// The dossier's messages, payments (with their e-receipts) and postal orders.
nlohmann::json connections_view(PageRequest& page, const std::string& code,
                                const app::DossierConnections& connections);

}  // namespace motcua::web::backoffice
