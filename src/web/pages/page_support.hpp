#pragma once
// What every HTML page shares, in the portal and in the back office: the caller and the posted
// form, the anti-forgery token, the layout around each page, and failures shown as error pages in
// the caller's language (the HTML counterpart of run_api).
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "web/caller.hpp"
#include "web/http/message.hpp"
#include "web/http/multipart.hpp"
#include "web/http/router.hpp"
#include "web/pages/form_view.hpp"
#include "web/session_gate.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Before login there is no session to hold the anti-forgery token, so the login and registration
// forms use a double-submit cookie instead.
inline constexpr const char* kFormCookie = "motcua_form";
inline constexpr const char* kPasswordPage = kPasswordChangePage;

// A browser request as a page handler sees it.
struct PageRequest {
  Request& http;
  WebContext& context;
  Caller caller;
  FormData form;                         // the posted fields and files, url-encoded or multipart
  std::vector<std::string> set_cookies;  // added to whatever response the page returns
  std::string form_token;                // the form cookie's token, once known

  const std::string& lang() const { return caller.lang; }
  std::string field(const std::string& name) const;  // "" when absent
  std::string text(const std::string& key) const;
  // The signed-in principal; without one the page answers with the login page.
  const app::Principal& principal() const;
  // The value this page's forms carry in _csrf: the session's token, or the form cookie's.
  std::string csrf_token();
};

using PageHandler = std::function<Response(PageRequest&)>;

// Registers a page handler behind run_page.
void add_page(Router& router, WebContext& context, Method method, const std::string& path,
              PageHandler handler);
// Registers a GET page that a signed-in caller reads again and again: their copy is kept under
// their session until something changes (web/page_cache). Only for pages whose handler writes
// nothing and shows nothing that a GET of the same target would show differently.
void add_kept_page(Router& router, WebContext& context, const std::string& path,
                   PageHandler handler);

// Identifies the caller, reads a posted form, checks its anti-forgery token (403 page if wrong)
// and turns any failure into an error page; a missing login leads to the login page.
Response run_page(WebContext& context, Request& request, const PageHandler& handler);

// The 404 page for a path no route has; API paths keep the API's JSON 404.
Response page_not_found(WebContext& context, Request& request);

// An error page for a request refused before any page handler ran (e.g. a rate limit).
Response refusal_page(WebContext& context, Request& request, const app::AppError& error);

struct LayoutInput;

// The layout's input for `page` with `nav` as the current menu item.
LayoutInput layout_input(PageRequest& page, std::string nav);

// `name` inside the layout. The model may set "title" (text) and "nav" (the current menu item).
Response render_page(PageRequest& page, const std::string& name, nlohmann::json model,
                     int status = 200);

// The error page for `status` with a message from the catalog.
Response error_page(PageRequest& page, int status, const std::string& message_key,
                    const std::map<std::string, std::string>& params = {});
Response error_page(PageRequest& page, const app::AppError& error);

// 303 to a local path (Post/Redirect/Get).
Response see_other(const std::string& location);

// The error's field keys with their messages in the caller's language.
FieldMessages field_messages(const PageRequest& page, const app::AppError& error);

// Sets what shared/error_summary shows (has_errors, errors linking to #<id_prefix><field>) and
// error_<field> beside each field.
void add_field_errors(nlohmann::json& model, const FieldMessages& messages,
                      const std::string& id_prefix);

// Only officials reach the back office; a citizen gets 403.
const app::Principal& official(const PageRequest& page);

}  // namespace motcua::web
