#pragma once
// Delivery receipts of the SMS and e-mail gateways: each is authenticated, kept in the message log
// once, and a notice that could not be delivered goes again by the applicant's other contact.
#include <string>

#include "app/services.hpp"

namespace motcua::app {

struct DeliveryReceipt {
  std::string system;  // sms or email
  std::string id;      // the gateway's id of the message
  std::string ref;     // the ref motcua sent it with
  std::string status;  // delivered or failed
  std::string signature;
  std::string raw;
};

// Throws AppError invalid for a wrong signature or status, not_found for a message this system
// did not send; a repeat changes nothing.
void record_receipt(const Services& services, const DeliveryReceipt& receipt);

}  // namespace motcua::app
