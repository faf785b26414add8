#include "web/pages/page_support.hpp"

#include <spdlog/spdlog.h>

#include <optional>

#include "app/notifications.hpp"
#include "web/http/http_errors.hpp"
#include "web/pages/kept_layout.hpp"
#include "web/pages/layout_model.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/public_page.hpp"
#include "web/responses.hpp"
#include "web/session_gate.hpp"
#include "web/view_counting.hpp"
#include "web/write_marker.hpp"

namespace motcua::web {
namespace {

bool is_unsafe(Method method) {
  return method != Method::get && method != Method::head && method != Method::options;
}

std::string form_cookie(const WebContext& context, const std::string& token) {
  std::string cookie = std::string(kFormCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax";
  if (context.config.secure_cookies) cookie += "; Secure";
  return cookie;
}

// Requirements §8: a CSRF token on every state-changing request.
bool anti_forgery_ok(PageRequest& page) {
  const auto posted = page.field(kCsrfField);
  if (page.caller.signed_in()) return csrf_ok(page.caller, page.http, posted);
  const auto cookie = page.http.cookie(kFormCookie);
  return cookie && same_token(*cookie, posted);
}

std::string title_key(int status) {
  switch (status) {
    case 403:
      return "page.forbidden_title";
    case 404:
      return "page.not_found_title";
    case 409:
      return "page.conflict_title";
    case 429:
      return "page.too_many_title";
    case 500:
    case 503:
      return "page.internal_title";
    default:
      return "page.error_title";
  }
}

Response with_cookies(Response response, const PageRequest& page) {
  for (const auto& cookie : page.set_cookies) response.header("set-cookie", cookie);
  // A ?lang= choice sticks for the next pages.
  if (auto lang = page.http.query_param("lang"))
    response.header("set-cookie", language_cookie(*lang));
  return response;
}

Response failure_page(PageRequest& page, int status, const std::string& what) {
  spdlog::error("request {} {} failed: {}", page.http.request_id, page.http.path, what);
  return error_page(page, status, status == 503 ? "error.unavailable" : "error.internal");
}

Response guarded(PageRequest& page, const PageHandler& handler) {
  try {
    if (is_unsafe(page.http.method)) {
      auto posted = parse_form(page.http);
      if (!posted.ok()) return error_page(page, 400, "error.malformed_multipart");
      page.form = std::move(*posted.form);
      if (!anti_forgery_ok(page)) return error_page(page, 403, "error.csrf");
    }
    return handler(page);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::unauthenticated) return error_page(page, error);
    const bool get = page.http.method == Method::get;
    return see_other(login_url(get ? page.http.target : "/"));
  } catch (const app::StoreUnavailable& error) {
    return failure_page(page, 503, error.what());
  } catch (const std::exception& error) {
    // A programming error: logged with the request id, shown as a generic page (requirements §8).
    return failure_page(page, 500, error.what());
  }
}

}  // namespace

std::string PageRequest::field(const std::string& name) const { return form.value_or(name, ""); }

std::string PageRequest::text(const std::string& key) const {
  return context.translations.text(lang(), key);
}

const app::Principal& PageRequest::principal() const {
  if (!caller.principal) app::throw_unauthenticated();
  return *caller.principal;
}

std::string PageRequest::csrf_token() {
  if (caller.signed_in()) return caller.principal->session.csrf_token;
  if (form_token.empty()) {
    auto cookie = http.cookie(kFormCookie);
    if (cookie && !cookie->empty()) {
      form_token = *cookie;
    } else {
      form_token = context.services.crypto.random_token();
      set_cookies.push_back(form_cookie(context, form_token));
    }
  }
  return form_token;
}

namespace {

enum class Keeping { anonymous_only, per_session };

// The signed-in caller's page, kept under their session when the page says it may be: it is
// authenticated on every request, so a session that ended never sees its kept pages again.
Response kept_for_session(WebContext& context, PageRequest& page, const PageHandler& handler) {
  const auto key =
      session_key(page.caller.principal->session.token_hash, page.lang(), page.http.target);
  auto served = context.page_cache->serve(
      key, kept_pages_not_before(page.http), [&]() -> PageCache::Rendered {
        auto response = with_cookies(guarded(page, handler), page);
        const bool keep = response.status == 200 && page.set_cookies.empty();
        return {std::move(response), keep};
      });
  return answered(page.http, std::move(served));
}

Response serve_page(WebContext& context, Request& request, const PageHandler& handler,
                    Keeping keeping) {
  PageRequest page{request, context, Caller{}, {}, {}, {}};
  page.caller.lang = request_language(request);
  try {
    page.caller = identify(context, request);
  } catch (const std::exception& error) {
    return with_cookies(failure_page(page, 503, error.what()), page);
  }
  // Requirements §8: what a session owes (a one-time code, a new password, an enrolment) comes
  // before anything else; the page that asks for it explains why.
  if (const auto target = page_gate(page.caller, request)) return see_other(*target);
  const bool keep = keeping == Keeping::per_session && context.page_cache != nullptr &&
                    page.caller.signed_in() && request.method == Method::get;
  if (keep) return kept_for_session(context, page, handler);
  return with_cookies(guarded(page, handler), page);
}

// An anonymous visitor's page from the cache while it is fresh (web/page_cache). A page that set a
// cookie or wrote a form token is the visitor's own and is never kept. A kept page carries what
// its views count under, for the I/O thread that answers it next (web/quick_answers).
Response run_shared_page(WebContext& context, Request& request, const PageHandler& handler,
                         Keeping keeping, const std::string& counted_as) {
  const auto key = context.page_cache ? anonymous_key(request) : std::nullopt;
  if (!key) return serve_page(context, request, handler, keeping);
  auto served = context.page_cache->serve(*key, {}, [&]() -> PageCache::Rendered {
    PageRequest page{request, context, Caller{}, {}, {}, {}};
    page.caller.lang = request_language(request);
    auto response = with_cookies(guarded(page, handler), page);
    const bool keep = response.status == 200 && page.set_cookies.empty() && page.form_token.empty();
    return {std::move(response), keep, counted_as};
  });
  return answered(request, std::move(served));
}

void register_page(Router& router, WebContext& context, Method method, const std::string& path,
                   PageHandler handler, Keeping keeping) {
  const auto counted = counted_page(method, path);
  router.add(method, path,
             [&context, handler = std::move(handler), counted, method, keeping](Request& request) {
               const auto label = counted ? view_label(*counted, request) : std::string();
               auto response = method == Method::get
                                   ? run_shared_page(context, request, handler, keeping, label)
                                   : run_page(context, request, handler);
               if (counted && (response.status == 200 || response.status == 304) &&
                   record_view(context, label))
                 flush_views(context);
               return response;
             });
}

}  // namespace

void add_page(Router& router, WebContext& context, Method method, const std::string& path,
              PageHandler handler) {
  register_page(router, context, method, path, std::move(handler), Keeping::anonymous_only);
}

void add_kept_page(Router& router, WebContext& context, const std::string& path,
                   PageHandler handler) {
  register_page(router, context, Method::get, path, std::move(handler), Keeping::per_session);
}

Response run_page(WebContext& context, Request& request, const PageHandler& handler) {
  return serve_page(context, request, handler, Keeping::anonymous_only);
}

Response page_not_found(WebContext& context, Request& request) {
  if (request.path.rfind("/api/", 0) == 0 || request.path == "/healthz")
    return error_response(request, 404, "not_found");
  return refusal_page(context, request,
                      app::AppError(app::ErrorKind::not_found, "not_found", "error.not_found"));
}

Response refusal_page(WebContext& context, Request& request, const app::AppError& error) {
  PageRequest page{request, context, Caller{}, {}, {}, {}};
  page.caller.lang = request_language(request);
  try {
    page.caller = identify(context, request);
  } catch (const std::exception&) {
    // The page still explains the refusal to someone whose session cannot be read now.
  }
  return with_cookies(error_page(page, error), page);
}

LayoutInput layout_input(PageRequest& page, std::string nav) {
  LayoutInput input;
  input.lang = page.lang();
  input.path = page.http.path;
  input.query = page.http.query;
  if (page.caller.signed_in()) {
    input.user = &page.caller.principal->user;
    input.csrf_token = page.caller.principal->session.csrf_token;
    // the header's badge, one indexed COUNT; officials get no portal notifications.
    const auto& user = page.caller.principal->user;
    if (!user.is_official())
      input.unread_notifications =
          static_cast<int>(app::Notifications(page.context.services).unread_for_badge(user.id));
  }
  const auto& config = page.context.config;
  input.province_json = config.province_json;
  input.nav = std::move(nav);
  input.emc_site_id = config.emc_site_id;
  input.emc_tracker_url = config.emc_tracker_url;
  input.emc_script_url = config.emc_script_url;
  input.theme = &config.theme;
  input.theme_style = config.theme_style;
  return input;
}

Response render_page(PageRequest& page, const std::string& name, nlohmann::json model, int status) {
  // The page names its menu item; the layout's "nav" is then the flags made from it.
  const auto input = layout_input(page, model.value("nav", ""));
  model.erase("nav");
  const auto& translations = page.context.translations;
  if (auto html = page_in_kept_layout(page.context.renderer, translations, input, name, model))
    return Response::html(status, std::move(*html));
  const auto visit = layout_visit_model(input);
  return Response::html(status,
                        page.context.renderer.page(page.lang(), name,
                                                   {&layout_site_model(translations, input),
                                                    &layout_nav_model(input.nav), &visit, &model}));
}

Response error_page(PageRequest& page, int status, const std::string& message_key,
                    const std::map<std::string, std::string>& params) {
  nlohmann::json model{
      {"title", page.text(title_key(status))},
      {"heading", page.text(title_key(status))},
      {"message", page.context.translations.format(page.lang(), message_key, params)},
      {"status", status}};
  if (status >= 500) model["request_id"] = page.http.request_id;
  auto response = render_page(page, "portal/error", std::move(model), status);
  if (status == 503) response.header("retry-after", "5");
  return response;
}

Response error_page(PageRequest& page, const app::AppError& error) {
  auto response = error_page(page, http_status(error.kind()), error.message_key(), error.params);
  add_retry_after(response, error);
  return response;
}

Response see_other(const std::string& location) { return Response::redirect(location, 303); }

FieldMessages field_messages(const PageRequest& page, const app::AppError& error) {
  FieldMessages messages;
  for (const auto& [name, key] : error.fields()) messages[name] = page.text(key);
  return messages;
}

const app::Principal& official(const PageRequest& page) {
  const auto& principal = page.principal();
  if (!principal.user.is_official()) app::throw_forbidden();
  return principal;
}

void add_field_errors(nlohmann::json& model, const FieldMessages& messages,
                      const std::string& id_prefix) {
  auto errors = nlohmann::json::array();
  for (const auto& [field, text] : messages) {
    std::string href = "#";
    href.append(id_prefix).append(field);
    errors.push_back({{"href", std::move(href)}, {"text", text}});
    model["error_" + field] = text;
  }
  model["errors"] = errors;
  model["has_errors"] = !messages.empty();
}

}  // namespace motcua::web
