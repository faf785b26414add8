// API.md "Login with VNeID": /dang-nhap/vneid sends the browser to the provider, which brings it
// back to /dang-nhap/vneid/callback with a code; the citizen is then signed in as with a password.
#include "app/errors.hpp"
#include "app/vneid_login.hpp"
#include "web/caller.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

constexpr const char* kCallback = "/dang-nhap/vneid/callback";

std::string callback_url(const PageRequest& page) {
  return page.context.config.public_base_url + kCallback;
}

Response start(PageRequest& page) {
  const auto next = safe_next(page.http.query_or("next", ""), "/");
  if (page.context.services.identity == nullptr) return see_other("/dang-nhap?vneid=0");
  const auto url = app::VneidLogin(page.context.services).start(callback_url(page), next);
  auto response = Response::redirect(url, 303);
  response.header("cache-control", "no-store");
  return response;
}

Response finish(PageRequest& page) {
  try {
    const auto finished =
        app::VneidLogin(page.context.services)
            .finish(page.http.query_or("state", ""), page.http.query_or("code", ""),
                    callback_url(page), client_address(page.context, page.http));
    auto response = see_other(safe_next(finished.return_to, "/"));
    response.header("set-cookie", session_cookie(page.context, finished.login.token));
    return response;
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::unauthenticated &&
        error.kind() != app::ErrorKind::unavailable)
      throw;
    return see_other("/dang-nhap?vneid=0");
  }
}

}  // namespace

void register_vneid_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/dang-nhap/vneid", start);
  add_page(router, context, Method::get, kCallback, finish);
}

}  // namespace motcua::web::portal
