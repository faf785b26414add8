#include "web/client_address.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace motcua::web {
namespace {

bool trusted(const ProxyTrust& trust, const std::string& address) {
  return std::find(trust.proxies.begin(), trust.proxies.end(), address) != trust.proxies.end();
}

// The rightmost entry that is not a trusted proxy; the leftmost when all are.
std::string forwarded_client(const ProxyTrust& trust, const std::string& header) {
  std::string candidate;
  std::size_t end = header.size();
  for (;;) {
    const auto comma = header.rfind(',', end == 0 ? 0 : end - 1);
    const auto begin = comma == std::string::npos || end == 0 ? 0 : comma + 1;
    candidate = core::trim(header.substr(begin, end - begin));
    if (!trusted(trust, candidate) || begin == 0) return candidate;
    end = comma;
  }
}

}  // namespace

bool looks_like_ip(const std::string& text) {
  if (text.empty() || text.size() > 45) return false;
  const bool v6 = text.find(':') != std::string::npos;
  return std::all_of(text.begin(), text.end(), [v6](unsigned char c) {
    return std::isdigit(c) || c == '.' || (v6 && (c == ':' || std::isxdigit(c)));
  });
}

std::string client_address(const ProxyTrust& trust, const Request& request) {
  if (trust.header.empty() || !trusted(trust, request.remote_address))
    return request.remote_address;
  const auto value = request.header(trust.header);
  if (!value) return request.remote_address;
  const auto client =
      trust.header == "x-forwarded-for" ? forwarded_client(trust, *value) : core::trim(*value);
  return looks_like_ip(client) ? client : request.remote_address;
}

}  // namespace motcua::web
