// Registration, login and logout pages (requirements §8: credentials only by POST, a new session
// at login, the session destroyed at logout, redirects only to local paths).
#include "app/accounts.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

struct TextField {
  const char* name;
  const char* label_key;
  const char* type;
  const char* autocomplete;
  const char* hint_key;
  bool required;
};

constexpr TextField kLoginFields[] = {
    {"username", "auth.username", "text", "username", "", true},
    {"password", "auth.password", "password", "current-password", "", true},
};

constexpr TextField kRegisterFields[] = {
    {"username", "auth.username", "text", "username", "auth.username_hint", true},
    {"password", "auth.password", "password", "new-password", "auth.password_hint", true},
    {"full_name", "auth.full_name", "text", "name", "", true},
    {"citizen_id", "auth.citizen_id", "text", "off", "", false},
    {"tax_code", "account.tax_code", "text", "off", "account.register_tax_code_hint", false},
    {"email", "auth.email", "email", "email", "", false},
    {"phone", "auth.phone", "tel", "tel", "", false},
};

template <std::size_t N>
json fields_view(const PageRequest& page, const TextField (&fields)[N],
                 const FieldMessages& messages) {
  json out = json::array();
  for (const auto& f : fields) {
    const std::string id = std::string("f-") + f.name;
    auto found = messages.find(f.name);
    const auto error = found == messages.end() ? std::string() : found->second;
    const bool secret = std::string_view(f.type) == "password";
    std::string describedby = *f.hint_key ? id + "-hint" : "";
    if (!error.empty()) describedby += (describedby.empty() ? "" : " ") + id + "-error";
    out.push_back({{"id", id},
                   {"name", f.name},
                   {"label", page.text(f.label_key)},
                   {"type", f.type},
                   {"autocomplete", f.autocomplete},
                   {"required", f.required},
                   {"value", secret ? "" : page.field(f.name)},
                   {"hint", *f.hint_key ? page.text(f.hint_key) : ""},
                   {"error", error},
                   {"has_error", !error.empty()},
                   {"describedby", describedby}});
  }
  return out;
}

json summary(const FieldMessages& messages) {
  json links = json::array();
  for (const auto& [name, message] : messages)
    links.push_back({{"href", "#f-" + name}, {"text", message}});
  return links;
}

std::string flash_of(const PageRequest& page) {
  if (page.http.query_param("da-dang-ky")) return page.text("auth.registered");
  if (page.http.query_param("da-dang-xuat")) return page.text("auth.logged_out");
  if (page.http.query_param("da-dat-lai")) return page.text("auth.password_reset_done");
  if (page.http.query_param("vneid")) return page.text("auth.vneid_failed");
  return "";
}

Response login_form(PageRequest& page, const FieldMessages& messages, int status) {
  const auto next =
      page.http.method == Method::get ? page.http.query_or("next", "") : page.field("next");
  json model{{"title", page.text("auth.login_title")},
             {"csrf", page.csrf_token()},
             {"next", safe_next(next, "")},
             {"flash", flash_of(page)},
             {"vneid", page.context.services.identity != nullptr},
             {"fields", fields_view(page, kLoginFields, messages)},
             {"has_errors", !messages.empty()},
             {"errors", summary(messages)}};
  return render_page(page, "portal/login", std::move(model), status);
}

Response register_form(PageRequest& page, const FieldMessages& messages, int status) {
  json model{{"title", page.text("auth.register_title")},
             {"csrf", page.csrf_token()},
             {"business", !page.field("business").empty()},
             {"fields", fields_view(page, kRegisterFields, messages)},
             {"has_errors", !messages.empty()},
             {"errors", summary(messages)}};
  return render_page(page, "portal/register", std::move(model), status);
}

bool shown_on_login_form(const app::AppError& error) {
  return error.kind() == app::ErrorKind::unauthenticated ||
         error.kind() == app::ErrorKind::locked || error.kind() == app::ErrorKind::too_many;
}

Response log_in(PageRequest& page) {
  try {
    const auto address = client_address(page.context, page.http);
    check_login_rate(page.context, address);
    auto result = app::Accounts(page.context.services)
                      .login(page.field("username"), page.field("password"), address);
    const auto home = result.user.is_official() ? "/mot-cua" : "/";
    const auto next = safe_next(page.field("next"), home);
    // The pending session's cookie takes the browser to the one-time code, then on to `next`.
    auto response = see_other(result.second_factor_required
                                  ? std::string(kSecondFactorPage) + "?next=" + url_encode(next)
                                  : next);
    response.header("set-cookie", session_cookie(page.context, result.token));
    return response;
  } catch (const app::AppError& error) {
    if (!shown_on_login_form(error)) throw;
    const auto message =
        page.context.translations.format(page.lang(), error.message_key(), error.params);
    auto response = login_form(page, {{"username", message}}, http_status(error.kind()));
    add_retry_after(response, error);
    return response;
  }
}

Response sign_up(PageRequest& page) {
  app::RegisterInput input{page.field("username"),
                           page.field("password"),
                           page.field("full_name"),
                           page.field("email"),
                           page.field("phone"),
                           page.field("citizen_id"),
                           !page.field("business").empty(),
                           page.field("tax_code")};
  try {
    app::Accounts(page.context.services)
        .register_applicant(input, client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return register_form(page, field_messages(page, error), 400);
  }
  return see_other("/dang-nhap?da-dang-ky=1");
}

Response log_out(PageRequest& page) {
  if (page.caller.signed_in()) app::Accounts(page.context.services).logout(page.caller.token);
  auto response = see_other("/dang-nhap?da-dang-xuat=1");
  response.header("set-cookie", expired_session_cookie(page.context));
  return response;
}

}  // namespace

void register_auth_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/dang-nhap",
           [](PageRequest& page) { return login_form(page, {}, 200); });
  add_page(router, context, Method::post, "/dang-nhap", log_in);
  add_page(router, context, Method::get, "/dang-ky",
           [](PageRequest& page) { return register_form(page, {}, 200); });
  add_page(router, context, Method::post, "/dang-ky", sign_up);
  add_page(router, context, Method::post, "/dang-xuat", log_out);
}

}  // namespace motcua::web::portal
