#include "web/portal/public_page.hpp"

#include <cstdint>

#include "web/http/static_files.hpp"
#include "web/page_cache.hpp"

namespace motcua::web {
namespace {

// FNV-1a, as for static assets: the tag only has to change when the page does.
std::string page_hash(const std::string& body) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : body) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return out;
}

}  // namespace

Response with_validator(const Request& request, Response response) {
  if (response.status != 200 || (request.method != Method::get && request.method != Method::head))
    return response;
  const auto quoted = "\"" + page_hash(response.body) + "\"";
  response.header("etag", "W/" + quoted);
  response.header("cache-control", "no-cache");
  response.header("vary", "Cookie");
  if (!etag_matches(request.header("if-none-match").value_or(""), quoted)) return response;
  return not_modified(response);
}

std::string public_base_url(const WebConfig& config) {
  auto base = config.public_base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

}  // namespace motcua::web
