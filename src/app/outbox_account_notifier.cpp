#include "app/outbox_account_notifier.hpp"

#include <map>

#include "app/contact_messages.hpp"

namespace motcua::app {

void OutboxAccountNotifier::send_password_reset(const User& user, const std::string& token,
                                                core::Instant expires_at) const {
  if (services_.texts == nullptr) return;
  const std::map<std::string, std::string> params{
      {"link", services_.policy.public_url + "/dat-lai-mat-khau?token=" + token},
      {"until", core::format_display(expires_at)}};
  // One message per link: a later request makes a new link and a new message.
  const auto ref = "reset:" + std::to_string(user.id) + ":" +
                   std::to_string(expires_at.time_since_epoch().count());
  const ContactMessage message{
      "notice", "reset", params, ref, "account:" + std::to_string(user.id), std::nullopt};
  services_.store.write([&](Transaction& tx) {
    if (!user.email.empty()) {
      send_email(services_, tx, user.email, message);
    } else {
      send_sms(services_, tx, user.phone, message);
    }
  });
}

}  // namespace motcua::app
