#pragma once
// Requirements §8: a session that still owes something (the one-time code, a new password, the
// two-factor enrolment) reaches only the routes that settle it, and logout. The API refuses the
// rest with 403 and a code saying what is owed; pages send the browser to the page that asks.
#include <optional>
#include <string>

#include "web/caller.hpp"

namespace motcua::web {

inline constexpr const char* kSecondFactorPage = "/dang-nhap/ma-xac-thuc";
inline constexpr const char* kTwoFactorPage = "/tai-khoan/xac-thuc-hai-buoc";
inline constexpr const char* kPasswordChangePage = "/tai-khoan/mat-khau";

struct GateRefusal {
  std::string code;         // second_factor_required | password_change_required | ...
  std::string message_key;  // its explanation in the translation catalog
};

// Why the API refuses `request` from `caller` now, or nothing when it may go on.
std::optional<GateRefusal> api_gate(const Caller& caller, const Request& request);
// Where a page request from `caller` is sent instead, or nothing when it may be served.
std::optional<std::string> page_gate(const Caller& caller, const Request& request);

}  // namespace motcua::web
