#include "web/theme_css.hpp"

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

void register_theme_routes(Router& router, WebContext& context) {
  const auto& theme = context.config.theme;
  router.add(Method::get, "/theme.css", [&theme](Request& request) {
    auto response = Response::empty(200);
    response.header("content-type", "text/css; charset=utf-8");
    response.body = theme.css();
    return cached(request, theme, std::move(response));
  });
  router.add(Method::get, "/theme/logo", [&theme](Request& request) {
    if (theme.logo.empty()) return Response::text(404, "no logo in this theme\n");
    auto response = Response::empty(200);
    response.header("content-type", theme.logo_type);
    response.body = theme.logo;
    return cached(request, theme, std::move(response));
  });
}

}  // namespace motcua::web
