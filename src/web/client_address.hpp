#pragma once
// The address a request comes from, for lockouts, rate limits and the audit trail: the TCP peer,
// or, behind a reverse proxy the deployment names, the address that proxy reports.
#include <string>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::web {

struct ProxyTrust {
  std::string header;                // "x-forwarded-for" or "x-real-ip" (lower case); "" = off
  std::vector<std::string> proxies;  // peer addresses whose header is believed
};

// The peer's address unless the peer is a trusted proxy and sends the header. X-Forwarded-For is
// read from the right: each proxy appends the address it saw, so the rightmost address that is
// not a trusted proxy is the first one no trusted party could have forged.
std::string client_address(const ProxyTrust& trust, const Request& request);

// Whether `text` reads as an IPv4 or IPv6 address (no port, no brackets).
bool looks_like_ip(const std::string& text);

}  // namespace motcua::web
