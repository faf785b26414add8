#include "web/session_gate.hpp"

#include <algorithm>
#include <array>

namespace motcua::web {
namespace {

struct Route {
  Method method;
  std::string_view path;
};

bool matches(const Request& request, std::initializer_list<Route> routes) {
  return std::any_of(routes.begin(), routes.end(), [&](const Route& route) {
    return route.method == request.method && route.path == request.path;
  });
}

constexpr Route kLogout{Method::post, "/api/v1/auth/logout"};
constexpr Route kPasswordChange{Method::put, "/api/v1/me/password"};

bool api_allowed(app::SessionGate gate, const Request& request) {
  switch (gate) {
    case app::SessionGate::open:
      return true;
    case app::SessionGate::second_factor:
      return matches(request, {kLogout, {Method::post, "/api/v1/auth/two-factor"}});
    case app::SessionGate::password_change:
      return matches(request, {kLogout, kPasswordChange});
    case app::SessionGate::two_factor_enrolment:
      return matches(request, {kLogout,
                               kPasswordChange,
                               {Method::get, "/api/v1/me/two-factor"},
                               {Method::post, "/api/v1/me/two-factor"},
                               {Method::post, "/api/v1/me/two-factor/confirm"}});
  }
  return false;
}

const char* gate_page(app::SessionGate gate) {
  switch (gate) {
    case app::SessionGate::second_factor:
      return kSecondFactorPage;
    case app::SessionGate::password_change:
      return kPasswordChangePage;
    case app::SessionGate::two_factor_enrolment:
      return kTwoFactorPage;
    case app::SessionGate::open:
      break;
  }
  return "";
}

}  // namespace

std::optional<GateRefusal> api_gate(const Caller& caller, const Request& request) {
  if (!caller.principal) return std::nullopt;
  const auto gate = caller.principal->gate();
  if (api_allowed(gate, request)) return std::nullopt;
  switch (gate) {
    case app::SessionGate::second_factor:
      return GateRefusal{"second_factor_required", "error.second_factor_required"};
    case app::SessionGate::password_change:
      return GateRefusal{"password_change_required", "error.password_change_required"};
    default:
      return GateRefusal{"two_factor_enrolment_required", "error.two_factor_enrolment_required"};
  }
}

std::optional<std::string> page_gate(const Caller& caller, const Request& request) {
  if (!caller.principal) return std::nullopt;
  const auto gate = caller.principal->gate();
  if (gate == app::SessionGate::open) return std::nullopt;
  const std::string target = gate_page(gate);
  if (request.path == target || request.path == "/dang-xuat") return std::nullopt;
  // Someone who cannot find their phone may start again with the password.
  if (gate == app::SessionGate::second_factor && request.path == "/dang-nhap") return std::nullopt;
  if (gate == app::SessionGate::two_factor_enrolment && request.path == kPasswordChangePage)
    return std::nullopt;
  return target;
}

}  // namespace motcua::web
