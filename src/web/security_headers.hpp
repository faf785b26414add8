#pragma once
#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Requirements §8 and ARCHITECTURE "Security defaults": a strict CSP with no inline script, no
// framing, no MIME sniffing. Added to every response that does not set its own.
void add_security_headers(const WebConfig& config, Response& response);

}  // namespace motcua::web
