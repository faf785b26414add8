#include "web/rate_limits.hpp"

#include "web/caller.hpp"
#include "web/pages/page_support.hpp"
#include "web/responses.hpp"

namespace motcua::web {
namespace {

bool changes_state(Method method) {
  return method == Method::post || method == Method::put || method == Method::patch ||
         method == Method::del;
}

app::AppError rate_limited(const std::string& message_key, std::chrono::seconds wait) {
  app::AppError error(app::ErrorKind::too_many, "rate_limited", message_key);
  error.params["retry_after"] = std::to_string(wait.count());
  return error;
}

}  // namespace

void check_login_rate(const WebContext& context, const std::string& address) {
  if (context.limits.logins == nullptr) return;
  const auto decision = context.limits.logins->take(address);
  if (!decision.allowed) throw rate_limited("error.login_rate", decision.retry_after);
}

std::optional<Response> refuse_over_write_rate(WebContext& context, Request& request) {
  if (context.limits.writes == nullptr || !changes_state(request.method)) return std::nullopt;
  // The national systems' callbacks all come from a few addresses, carry a MAC checked before any
  // write, and must never be turned away for another client's traffic.
  if (request.path.rfind("/api/v1/integrations/", 0) == 0) return std::nullopt;
  // API.md: signed-in callers count per session, anonymous ones per address, so one office
  // behind one address keeps working. A made-up token buys nothing: the request is refused at
  // authentication, as it would be at any rate.
  const auto token = session_token(request);
  const auto key = token ? "s:" + *token : "a:" + client_address(context, request);
  const auto decision = context.limits.writes->take(key);
  if (decision.allowed) return std::nullopt;
  const auto error = rate_limited("error.rate_limited", decision.retry_after);
  if (request.path.rfind("/api/", 0) == 0)
    return api_error(context, request_language(request), error);
  return refusal_page(context, request, error);
}

}  // namespace motcua::web
