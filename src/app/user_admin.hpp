#pragma once
// Administrators keep the officials' accounts (requirements §8, B1): list them with their state,
// and disable or enable an account (its sessions end at once). Every change goes to the audit log;
// an administrator cannot disable their own account.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct OfficialAccount {
  User user;
  std::string unit_code;
  std::string unit_name;
  bool locked = false;  // a login lock still running
};

class UserAdmin {
 public:
  explicit UserAdmin(Services& services) : services_(services) {}

  // Every official, by unit then user name (administrators).
  std::vector<OfficialAccount> officials(const Principal& who);
  // Disables (ending its sessions) or enables an official's account. not_found for an unknown or
  // applicant account; conflict for disabling one's own. Lifting a login lock and resetting
  // two-factor login are Accounts::unlock and TwoFactor::reset.
  OfficialAccount set_active(const Principal& who, const std::string& username, bool active,
                             const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
