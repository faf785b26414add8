#pragma once
// The account channel until e-mail and SMS exist: in demo mode the reset link goes to the server
// log, where the tester reads it; otherwise the log says only that a link could not be delivered,
// since a secret must never reach a production log.
#include <string>

#include "app/services.hpp"

namespace motcua::cli {

class LogAccountNotifier final : public app::AccountNotifier {
 public:
  // Reads the demo flag and the public address from `policy` when a link is sent.
  explicit LogAccountNotifier(const app::Policy& policy) : policy_(policy) {}
  void send_password_reset(const app::User& user, const std::string& token,
                           core::Instant expires_at) const override;

 private:
  const app::Policy& policy_;
};

}  // namespace motcua::cli
