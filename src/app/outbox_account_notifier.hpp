#pragma once
// Account messages by e-mail, else by SMS, through the outbox: the password-reset link reaches its
// owner even when the messaging system is down for a while.
#include "app/ports/account_notifier.hpp"
#include "app/services.hpp"

namespace motcua::app {

class OutboxAccountNotifier final : public AccountNotifier {
 public:
  explicit OutboxAccountNotifier(Services& services) : services_(services) {}

  void send_password_reset(const User& user, const std::string& token,
                           core::Instant expires_at) const override;

 private:
  Services& services_;
};

}  // namespace motcua::app
