#pragma once
// The dossier's orders with VNPost (requirements §9.5): the result delivered to the applicant, and
// the paper dossier picked up from the applicant for the receiving unit, each tracked on the
// dossier through VNPost's callbacks.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/event_chain.hpp"

namespace motcua::app {

struct PostalParty {
  std::string name;
  std::string address;
  std::string phone;
  std::string email;
};

struct PostalShipment {
  std::string order_number;
  std::string service;  // result | pickup
  PostalParty sender;
  PostalParty receiver;
  std::string description;
};

// Queues the order for VNPost and records it; false when VNPost is not connected or the order
// was placed already.
bool place_postal_order(const Services& services, Transaction& tx, const core::Dossier& dossier,
                        const PostalShipment& shipment, core::Instant at);

// The result, by post to the applicant, once an event returns it that way.
void deliver_result_by_post(const Services& services, Transaction& tx, const core::Dossier& dossier,
                            const core::DossierEvent& event);

class PostalPickups {
 public:
  explicit PostalPickups(Services& services) : services_(services) {}

  // The owner asks VNPost to fetch the paper dossier at `address` (the applicant's own when
  // empty): 503 without VNPost, 409 when the dossier no longer takes papers or a pickup is still
  // under way, 400 without an address or with one too long.
  PostalOrder request(const Principal& who, const std::string& code, const std::string& address);
  // The owner or an official who may see the dossier.
  std::vector<PostalOrder> list(const Principal& who, const std::string& code);

 private:
  Services& services_;
};

}  // namespace motcua::app
