#include "app/outbox_account_notifier.hpp"

#include <map>

#include "app/outbox.hpp"

namespace motcua::app {

void OutboxAccountNotifier::send_password_reset(const User& user, const std::string& token,
                                                core::Instant expires_at) const {
  if (services_.texts == nullptr) return;
  const std::map<std::string, std::string> params{
      {"link", services_.policy.public_url + "/dat-lai-mat-khau?token=" + token},
      {"until", core::format_display(expires_at)}};
  const auto& texts = *services_.texts;
  const auto both = [&](const std::string& key, const std::string& separator) {
    return texts.text("vi", key, params) + separator + texts.text("en", key, params);
  };
  // One message per link: a later request makes a new link and a new message.
  const auto ref = "reset:" + std::to_string(user.id) + ":" +
                   std::to_string(expires_at.time_since_epoch().count());
  services_.store.write([&](Transaction& tx) {
    if (!user.email.empty()) {
      enqueue(services_, tx,
              {"email",
               "email",
               "email:" + ref,
               "account:" + std::to_string(user.id),
               std::nullopt,
               {{"to", user.email},
                {"subject", both("notice.subject.reset", " / ")},
                {"text", both("notice.email.reset", "\n\n---\n\n")},
                {"ref", ref}}});
    } else if (!user.phone.empty()) {
      enqueue(services_, tx,
              {"sms",
               "sms",
               "sms:" + ref,
               "account:" + std::to_string(user.id),
               std::nullopt,
               {{"to", user.phone}, {"text", both("notice.sms.reset", " / ")}, {"ref", ref}}});
    }
  });
}

}  // namespace motcua::app
