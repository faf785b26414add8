#include "web/portal/postal_view.hpp"

#include "app/postal_orders.hpp"
#include "core/postal_service.hpp"

namespace motcua::web::portal {

nlohmann::json postal_view(PageRequest& page, const app::DossierDetail& detail,
                           const std::string& error) {
  nlohmann::json orders = nlohmann::json::array();
  bool pickup_under_way = false;
  for (const auto& order :
       app::PostalPickups(page.context.services).list(page.principal(), detail.dossier.code)) {
    pickup_under_way |= order.service == "pickup" && !core::postal_order_done(order.status);
    orders.push_back({{"service", page.text("postal.service." + order.service)},
                      {"item_code", order.item_code},
                      {"status", page.text("connections.postal." + order.status)},
                      {"at", core::format_display(order.updated_at)}});
  }
  const auto* sender = page.context.services.sender;
  const bool offered = sender != nullptr && sender->connected("vnpost") && !pickup_under_way &&
                       core::papers_may_be_picked_up(detail.dossier.lifecycle.status);
  return {{"offered", offered}, {"address", detail.dossier.applicant.address},
          {"orders", orders},   {"has_orders", !orders.empty()},
          {"error", error},     {"any", offered || !orders.empty() || !error.empty()}};
}

}  // namespace motcua::web::portal
