#include "app/postal_orders.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/national_sync.hpp"
#include "app/outbox.hpp"
#include "core/postal_service.hpp"

namespace motcua::app {
namespace {

constexpr std::size_t kMaxAddressBytes = 500;

nlohmann::json party_json(const PostalParty& party) {
  return {{"Name", party.name},
          {"Address", party.address},
          {"Tel", party.phone},
          {"Email", party.email}};
}

PostalParty unit_party(Transaction& tx, long long unit_id) {
  const auto unit = tx.find_unit(unit_id);
  if (!unit) return {};
  return {unit->name, unit->address, unit->phone, unit->email};
}

std::string description(const Services& services, const std::string& key,
                        const core::Dossier& dossier) {
  if (services.texts == nullptr) return dossier.code;
  return services.texts->text("vi", key, {{"code", dossier.code}});
}

}  // namespace

bool place_postal_order(const Services& services, Transaction& tx, const core::Dossier& dossier,
                        const PostalShipment& shipment, core::Instant at) {
  const nlohmann::json body = {
      {"CustomerCode", services.policy.province_code},
      {"OrderNumber", shipment.order_number},
      {"Service", shipment.service},
      {"Sender", party_json(shipment.sender)},
      {"Receiver", party_json(shipment.receiver)},
      {"Description", shipment.description},
      {"CallbackUrl", services.policy.public_url + "/api/v1/integrations/vnpost/callback"}};
  if (!enqueue(services, tx,
               {"vnpost", "order", "vnpost:order:" + shipment.order_number,
                dossier_stream("vnpost", dossier), dossier.id, body}))
    return false;
  tx.insert_postal_order({.order_number = shipment.order_number,
                          .dossier_id = dossier.id,
                          .service = shipment.service,
                          .status = "requested",
                          .created_at = at,
                          .updated_at = at});
  return true;
}

// The result, by post to the applicant, once it is returned that way.
void deliver_result_by_post(const Services& services, Transaction& tx, const core::Dossier& dossier,
                            const core::DossierEvent& event) {
  if (event.action != "return-result" || dossier.return_method != core::ReturnMethod::post) return;
  place_postal_order(services, tx, dossier,
                     {dossier.code + "-KQ", "result", unit_party(tx, dossier.competent_unit_id),
                      PostalParty{dossier.applicant_name, dossier.applicant.address,
                                  dossier.applicant.phone, dossier.applicant.email},
                      description(services, "postal.description.result", dossier)},
                     event.at);
}

PostalOrder PostalPickups::request(const Principal& who, const std::string& code,
                                   const std::string& address) {
  if (services_.sender == nullptr || !services_.sender->connected("vnpost"))
    throw AppError(ErrorKind::unavailable, "postal_unavailable", "error.postal_unavailable");
  PostalOrder placed;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
    if (!core::papers_may_be_picked_up(dossier->lifecycle.status))
      throw AppError(ErrorKind::conflict, "no_papers_expected", "error.no_papers_expected");
    const auto orders = tx.list_postal_orders(dossier->id);
    const auto pickups = std::count_if(orders.begin(), orders.end(),
                                       [](const auto& o) { return o.service == "pickup"; });
    for (const auto& order : orders) {
      if (order.service == "pickup" && !core::postal_order_done(order.status))
        throw AppError(ErrorKind::conflict, "pickup_under_way", "error.pickup_under_way");
    }
    const auto at = address.empty() ? dossier->applicant.address : address;
    if (at.empty()) throw_invalid({{"address", "error.pickup_address"}});
    if (at.size() > kMaxAddressBytes) throw_invalid({{"address", "error.too_long"}});
    const auto now = services_.clock.now();
    const PostalShipment shipment{dossier->code + "-NH" + std::to_string(pickups + 1), "pickup",
                                  PostalParty{dossier->applicant_name, at, dossier->applicant.phone,
                                              dossier->applicant.email},
                                  unit_party(tx, receiving_unit_for(tx, *dossier, now)),
                                  description(services_, "postal.description.pickup", *dossier)};
    if (!place_postal_order(services_, tx, *dossier, shipment, now))
      throw AppError(ErrorKind::conflict, "pickup_under_way", "error.pickup_under_way");
    placed = *tx.find_postal_order(shipment.order_number);
  });
  return placed;
}

std::vector<PostalOrder> PostalPickups::list(const Principal& who, const std::string& code) {
  std::vector<PostalOrder> orders;
  services_.store.read([&](Transaction& tx) {
    orders = tx.list_postal_orders(viewable_dossier(tx, who.user, code).id);
  });
  return orders;
}

}  // namespace motcua::app
