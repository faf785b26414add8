#pragma once
// How account messages reach their owner outside a session: today the server log in demo mode;
// e-mail and SMS channels plug in here.
#include <string>

#include "app/ports/records.hpp"

namespace motcua::app {

class AccountNotifier {
 public:
  virtual ~AccountNotifier() = default;
  // Requirements §8: a password-reset link. `token` is the secret the link carries; it is stored
  // nowhere else in clear.
  virtual void send_password_reset(const User& user, const std::string& token,
                                   core::Instant expires_at) const = 0;
};

}  // namespace motcua::app
