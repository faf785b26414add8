// Requirements §8 two-factor login in the portal: the code page after the password, and the
// account page where a user enrols with a QR code, keeps the recovery codes, or turns it off.
#include "app/two_factor.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/account_fields.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

json error_links(const FieldMessages& messages) {
  json links = json::array();
  for (const auto& [name, message] : messages)
    links.push_back({{"href", "#f-" + name}, {"text", message}});
  return links;
}

json code_field(const PageRequest& page, const FieldMessages& messages) {
  auto field = input_view(page, "code", "text", "one-time-code", "account.code_hint", "", messages);
  field["required"] = true;
  return field;
}

json password_field(const PageRequest& page, const FieldMessages& messages) {
  auto field =
      input_view(page, "current_password", "password", "current-password", "", "", messages);
  field["required"] = true;
  return field;
}

Response code_form(PageRequest& page, const FieldMessages& messages, int status) {
  const auto next =
      page.http.method == Method::get ? page.http.query_or("next", "") : page.field("next");
  return render_page(page, "portal/second_factor",
                     {{"title", page.text("auth.second_factor_title")},
                      {"csrf", page.csrf_token()},
                      {"next", safe_next(next, "")},
                      {"code", code_field(page, messages)},
                      {"has_errors", !messages.empty()},
                      {"errors", error_links(messages)}},
                     status);
}

bool pending(const PageRequest& page) {
  return page.caller.principal && page.caller.principal->gate() == app::SessionGate::second_factor;
}

Response show_code_form(PageRequest& page) {
  if (!pending(page)) return see_other("/dang-nhap");
  return code_form(page, {}, 200);
}

Response give_code(PageRequest& page) {
  if (!pending(page)) return see_other("/dang-nhap");
  try {
    const auto address = client_address(page.context, page.http);
    check_login_rate(page.context, address);
    const auto result = app::TwoFactor(page.context.services)
                            .complete_login(page.caller.token, page.field("code"), address);
    auto response =
        see_other(safe_next(page.field("next"), result.user.is_official() ? "/mot-cua" : "/"));
    response.header("set-cookie", session_cookie(page.context, result.token));
    return response;
  } catch (const app::AppError& error) {
    if (error.code() == "second_factor_expired") return see_other("/dang-nhap");
    if (error.kind() != app::ErrorKind::unauthenticated && error.kind() != app::ErrorKind::locked &&
        error.kind() != app::ErrorKind::too_many)
      throw;
    const auto message =
        page.context.translations.format(page.lang(), error.message_key(), error.params);
    // A wrong code is a form to correct (400); a lock keeps its 429 and Retry-After.
    const bool wrong = error.kind() == app::ErrorKind::unauthenticated;
    auto response = code_form(page, {{"code", message}}, wrong ? 400 : http_status(error.kind()));
    add_retry_after(response, error);
    return response;
  }
}

// Four characters at a time, as people copy a secret by hand.
std::string grouped(const std::string& secret) {
  std::string out;
  for (std::size_t i = 0; i < secret.size(); i += 4) {
    if (!out.empty()) out += ' ';
    out += secret.substr(i, 4);
  }
  return out;
}

json enrolment_view(PageRequest& page, const app::TwoFactorEnrolment& enrolment) {
  json view{{"secret", grouped(enrolment.secret)}, {"qr", ""}};
  if (const auto* qr = page.context.services.qr_encoder)
    view["qr"] = qr->svg(enrolment.otpauth_uri, page.text("account.two_factor_qr_title"));
  return view;
}

struct TwoFactorPage {
  std::optional<app::TwoFactorEnrolment> enrolment;
  std::vector<std::string> recovery_codes;
  FieldMessages messages;
  int status = 200;
};

Response two_factor_page(PageRequest& page, const TwoFactorPage& shown) {
  app::TwoFactor two_factor(page.context.services);
  const auto status = two_factor.status(page.principal());
  auto enrolment = shown.enrolment;
  if (!enrolment && status.enrolling) enrolment = two_factor.pending_enrolment(page.principal());
  json model{
      {"title", page.text("account.two_factor_title")},
      {"nav", "account"},
      {"csrf", page.csrf_token()},
      {"enabled", status.enabled},
      {"required", status.required},
      {"must_enrol", page.principal().gate() == app::SessionGate::two_factor_enrolment},
      {"codes_left", std::to_string(status.recovery_codes_left)},
      {"flash", page.http.query_param("da-tat") ? page.text("account.two_factor_disabled") : ""},
      {"password", password_field(page, shown.messages)},
      {"code", code_field(page, shown.messages)},
      {"has_errors", !shown.messages.empty()},
      {"errors", error_links(shown.messages)}};
  if (enrolment && !status.enabled) model["enrolment"] = enrolment_view(page, *enrolment);
  model["has_recovery_codes"] = !shown.recovery_codes.empty();
  model["recovery_codes"] = shown.recovery_codes;
  auto response = render_page(page, "portal/two_factor", std::move(model), shown.status);
  response.header("cache-control", "no-store");  // a secret or recovery codes may be on it
  return response;
}

Response change_two_factor(PageRequest& page) {
  app::TwoFactor two_factor(page.context.services);
  const auto address = client_address(page.context, page.http);
  const auto op = page.field("op");
  TwoFactorPage shown;
  try {
    if (op == "begin") {
      shown.enrolment = two_factor.begin(page.principal(), page.field("current_password"), address);
    } else if (op == "confirm") {
      shown.recovery_codes = two_factor.confirm(page.principal(), page.field("code"), address);
    } else if (op == "disable") {
      two_factor.disable(page.principal(), page.field("current_password"), address);
      return see_other(std::string(kTwoFactorPage) + "?da-tat=1");
    } else {
      return error_page(page, 400, "error.invalid_input");
    }
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    shown.messages = field_messages(page, error);
    shown.status = 400;
  }
  return two_factor_page(page, shown);
}

}  // namespace

void register_two_factor_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kSecondFactorPage, show_code_form);
  add_page(router, context, Method::post, kSecondFactorPage, give_code);
  add_page(router, context, Method::get, kTwoFactorPage,
           [](PageRequest& page) { return two_factor_page(page, {}); });
  add_page(router, context, Method::post, kTwoFactorPage, change_two_factor);
}

}  // namespace motcua::web::portal
