#include "app/contact_messages.hpp"

#include "app/outbox.hpp"

namespace motcua::app {
namespace {

std::string bilingual(const TextCatalog& texts, const std::string& key,
                      const std::map<std::string, std::string>& params,
                      const std::string& separator) {
  return texts.text("vi", key, params) + separator + texts.text("en", key, params);
}

std::string key_of(const ContactMessage& message, const char* part) {
  return message.texts + "." + part + "." + message.topic;
}

std::string receipts_url(const Services& services, const char* system) {
  return services.policy.public_url + "/api/v1/integrations/" + system + "/receipt";
}

}  // namespace

bool send_sms(const Services& services, Transaction& tx, const std::string& phone,
              const ContactMessage& message) {
  if (services.texts == nullptr || phone.empty()) return false;
  return enqueue(
      services, tx,
      {"sms",
       "sms",
       "sms:" + message.ref,
       message.stream,
       message.dossier_id,
       {{"to", phone},
        {"text", bilingual(*services.texts, key_of(message, "sms"), message.params, " / ")},
        {"ref", message.ref},
        {"CallbackUrl", receipts_url(services, "sms")}}});
}

bool send_email(const Services& services, Transaction& tx, const std::string& address,
                const ContactMessage& message) {
  if (services.texts == nullptr || address.empty()) return false;
  const auto& texts = *services.texts;
  return enqueue(
      services, tx,
      {"email",
       "email",
       "email:" + message.ref,
       message.stream,
       message.dossier_id,
       {{"to", address},
        {"subject", bilingual(texts, key_of(message, "subject"), message.params, " / ")},
        {"text", bilingual(texts, key_of(message, "email"), message.params, "\n\n---\n\n")},
        {"ref", message.ref},
        {"CallbackUrl", receipts_url(services, "email")}}});
}

}  // namespace motcua::app
