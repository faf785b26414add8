#include "app/user_admin.hpp"

#include <algorithm>

#include "app/administration.hpp"
#include "app/errors.hpp"

namespace motcua::app {
namespace {

bool is_official_account(const User& user) {
  return std::any_of(user.roles.begin(), user.roles.end(),
                     [](core::Role role) { return core::is_official(role); });
}

OfficialAccount account_of(const User& user, const std::vector<core::Unit>& units,
                           core::Instant now) {
  OfficialAccount account{user, "", "", user.locked_until && *user.locked_until > now};
  for (const auto& unit : units)
    if (user.unit_id && unit.id == *user.unit_id) {
      account.unit_code = unit.code;
      account.unit_name = unit.name;
    }
  return account;
}

}  // namespace

std::vector<OfficialAccount> UserAdmin::officials(const Principal& who) {
  require_admin(who);
  const auto now = services_.clock.now();
  std::vector<OfficialAccount> accounts;
  services_.store.read([&](Transaction& tx) {
    const auto units = tx.list_units();
    for (const auto& unit : units)
      for (const auto& user : tx.list_users_of_unit(unit.id))
        if (is_official_account(user)) accounts.push_back(account_of(user, units, now));
  });
  std::stable_sort(accounts.begin(), accounts.end(), [](const auto& a, const auto& b) {
    return std::tie(a.unit_code, a.user.username) < std::tie(b.unit_code, b.user.username);
  });
  return accounts;
}

OfficialAccount UserAdmin::set_active(const Principal& who, const std::string& username,
                                      bool active, const std::string& ip) {
  require_admin(who);
  if (!active && username == who.user.username)
    throw AppError(ErrorKind::conflict, "own_account", "error.own_account");
  const auto now = services_.clock.now();
  OfficialAccount account;
  services_.store.write([&](Transaction& tx) {
    auto user = tx.find_user_by_username(username);
    if (!user || !is_official_account(*user)) throw_not_found("user");
    user->active = active;
    tx.update_user(*user);
    if (!active) tx.delete_sessions_of_user(user->id);
    tx.append_audit(AuditEntry{now, who.user.username, active ? "user_enable" : "user_disable",
                               username, "", ip});
    account = account_of(*user, tx.list_units(), now);
  });
  return account;
}

}  // namespace motcua::app
