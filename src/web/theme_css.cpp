#include "web/theme_css.hpp"

#include <sodium.h>

#include <array>
#include <cstring>
#include <string>

#include "web/http/static_files.hpp"

namespace motcua::web {
namespace {

// The layout links both with ?v=<theme version>: that address never changes content, so it may be
// cached for good; any other address is revalidated.
Response cached(const Request& request, const views::Theme& theme, Response response) {
  const bool versioned = request.query_or("v", "") == theme.version;
  response.header("cache-control", versioned ? std::string(kImmutableCache) : "no-cache");
  response.header("etag", "\"" + theme.version + "\"");
  return response;
}

}  // namespace

std::string inline_style_source(const std::string& css) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(css.data()), css.size());
  std::string base64(sodium_base64_ENCODED_LEN(digest.size(), sodium_base64_VARIANT_ORIGINAL),
                     '\0');
  sodium_bin2base64(base64.data(), base64.size(), digest.data(), digest.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  base64.resize(std::strlen(base64.c_str()));
  return "'sha256-" + base64 + "'";
}

void register_theme_routes(Router& router, WebContext& context) {
  const auto& theme = context.config.theme;
  context.config.theme_style = theme.css();
  context.config.theme_style_source = inline_style_source(context.config.theme_style);
  router.add(Method::get, "/theme.css", [&theme](Request& request) {
    auto response = Response::empty(200);
    response.header("content-type", "text/css; charset=utf-8");
    response.body = theme.css();
    return cached(request, theme, std::move(response));
  });
  const auto logo = [&theme](Request& request) {
    if (theme.logo.empty()) return Response::text(404, "no logo in this theme\n");
    auto response = Response::empty(200);
    response.header("content-type", theme.logo_type);
    response.body = theme.logo;
    return cached(request, theme, std::move(response));
  };
  router.add(Method::get, "/theme/logo", logo);
  router.add(Method::get, "/favicon.ico", logo);  // asked for by browsers and crawlers unbidden
}

}  // namespace motcua::web
