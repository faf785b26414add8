#pragma once
// The limits of WebContext::limits applied to requests: 429 with Retry-After, code
// "rate_limited", in the API's error shape or as a page in the caller's language.
#include <optional>
#include <string>

#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Throws the 429 AppError once `address` has used up its sign-in attempts for now.
void check_login_rate(const WebContext& context, const std::string& address);

// The answer to a state-changing request over its write rate (per session when it presents one,
// else per client address); nullopt to go on.
std::optional<Response> refuse_over_write_rate(WebContext& context, Request& request);

}  // namespace motcua::web
