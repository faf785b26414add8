#pragma once
// An SMS or an e-mail to a person, written from the text catalog in Vietnamese then English (the
// reader's language is not known), queued in the outbox with a delivery receipt asked for.
#include <map>
#include <optional>
#include <string>

#include "app/services.hpp"

namespace motcua::app {

struct ContactMessage {
  std::string texts;  // the catalog's keys: <texts>.sms.<topic>, .email.<topic>, .subject.<topic>
  std::string topic;
  std::map<std::string, std::string> params;
  std::string ref;     // one per message: the gateway's key is "<sms|email>:<ref>"
  std::string stream;  // delivered in order with the stream's other messages
  std::optional<long long> dossier_id;
};

// False when the catalog is not connected or the message was already queued.
bool send_sms(const Services& services, Transaction& tx, const std::string& phone,
              const ContactMessage& message);
bool send_email(const Services& services, Transaction& tx, const std::string& address,
                const ContactMessage& message);

}  // namespace motcua::app
