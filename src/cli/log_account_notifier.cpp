#include "cli/log_account_notifier.hpp"

#include <spdlog/spdlog.h>

namespace motcua::cli {

void LogAccountNotifier::send_password_reset(const app::User& user, const std::string& token,
                                             core::Instant expires_at) const {
  if (!policy_.demo) {
    spdlog::warn("password reset for {}: no e-mail or SMS channel is configured to deliver it",
                 user.username);
    return;
  }
  spdlog::info("demo: password reset link for {} (valid until {}): {}/dat-lai-mat-khau?token={}",
               user.username, core::format_iso(expires_at), policy_.public_url, token);
}

}  // namespace motcua::cli
