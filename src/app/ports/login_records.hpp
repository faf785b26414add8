#pragma once
#include <optional>
#include <string>

#include "core/time.hpp"

namespace motcua::app {

// the failed sign-ins of one user name from one client address (migration 7). Kept for
// every name tried, existing or not, so that the answers never tell which names exist.
struct LoginFailures {
  std::string username;
  std::string address;
  int count = 0;  // failures since the last success or unlock
  core::Instant last_failed_at{};
  std::optional<core::Instant> locked_until;

  bool operator==(const LoginFailures&) const = default;
};

}  // namespace motcua::app
