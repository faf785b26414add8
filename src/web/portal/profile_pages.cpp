// the applicant's profile /tai-khoan (requirements P20): identity shown, contacts kept
// for the e-form's prefill (P6) and for notices, and the password change /tai-khoan/mat-khau
// (requirements §8: the current password first, every other session ended), and the reset by a
// link: /quen-mat-khau asks for one, /dat-lai-mat-khau sets the new password.
#include <algorithm>
#include <set>

#include "app/accounts.hpp"
#include "app/admin_units.hpp"
#include "app/password_resets.hpp"
#include "app/profile.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/account_fields.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;
using Values = std::map<std::string, std::string>;

constexpr const char* kContactNames[] = {"citizen_id", "tax_code",      "phone",
                                         "email",      "province_code", "commune_code",
                                         "address",    "notify_channel"};

const std::map<std::string, std::string> kNotices{{"da-luu", "account.saved"},
                                                  {"doi-mat-khau", "account.password_changed"}};

Values stored_values(const app::User& user) {
  return {{"citizen_id", ""},
          {"tax_code", ""},
          {"phone", user.phone},
          {"email", user.email},
          {"province_code", user.province_code},
          {"commune_code", user.commune_code},
          {"address", user.address},
          {"notify_channel", user.notify_channel}};
}

Values posted_values(const PageRequest& page) {
  Values values;
  for (const char* name : kContactNames) values[name] = page.field(name);
  return values;
}

json options_view(const std::vector<core::AdminUnit>& units, const std::string& chosen) {
  json options = json::array();
  for (const auto& unit : units)
    options.push_back(
        {{"value", unit.code}, {"label", unit.name}, {"selected", unit.code == chosen}});
  return options;
}

json address_view(PageRequest& page, const Values& values, const FieldMessages& messages) {
  const auto& province = values.at("province_code");
  const auto choices = app::AdminUnits(page.context.services).choices({province});
  const auto communes = choices.communes.find(province);
  json view{{"provinces", options_view(choices.provinces, province)},
            {"communes", communes == choices.communes.end()
                             ? json::array()
                             : options_view(communes->second, values.at("commune_code"))},
            {"has_province", !province.empty()},
            {"street", input_view(page, "address", "text", "street-address", "",
                                  values.at("address"), messages)}};
  for (const char* name : {"province_code", "commune_code"}) {
    const auto error = message_of(messages, name);
    view[name] = {{"error", error}, {"has_error", !error.empty()}};
  }
  return view;
}

json channels_view(const PageRequest& page, const std::string& chosen) {
  json channels = json::array();
  for (const char* channel : app::kNotifyChannels) {
    channels.push_back({{"value", channel},
                        {"id", std::string("f-notify_channel-") + channel},
                        {"label", page.text(std::string("account.channel.") + channel)},
                        {"checked", chosen == channel}});
  }
  return channels;
}

// Whether VNeID vouched for a profile field when the account last signed in with it.
bool verified(const app::User& user, const std::string& field) {
  const auto fields = nlohmann::json::parse(user.verified_fields, nullptr, false);
  if (!fields.is_array()) return false;
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

// The identity as recorded; an identity number not yet recorded may be given once.
json identity_view(const PageRequest& page, const app::User& user, const Values& values,
                   const FieldMessages& messages) {
  const bool business = user.has_role(core::Role::business);
  const std::string id_name = business ? "tax_code" : "citizen_id";
  const auto& recorded = business ? user.tax_code : user.citizen_id;
  json view{{"username", user.username},
            {"full_name", user.full_name},
            {"type", page.text(business ? "account.type_business" : "account.type_citizen")},
            {"id_label", page.text("account." + id_name)},
            {"id_value", recorded},
            {"has_id", !recorded.empty()},
            {"verified_id", verified(user, id_name)},
            {"verified_name", verified(user, "full_name")}};
  if (recorded.empty()) {
    view["id_input"] = input_view(page, id_name, "text", "off", "account." + id_name + "_hint",
                                  values.at(id_name), messages);
  }
  return view;
}

json summary_view(const PageRequest& page, const FieldMessages& messages) {
  json links = json::array();
  for (const char* name : kContactNames) {
    const auto error = message_of(messages, name);
    if (!error.empty())
      links.push_back({{"href", "#f-" + std::string(name)},
                       {"text", page.text("account." + std::string(name)) + ": " + error}});
  }
  return links;
}

Response profile_form(PageRequest& page, const Values& values, const FieldMessages& messages,
                      int status) {
  const auto user = app::Profiles(page.context.services).load(page.principal());
  json model{
      {"title", page.text("account.profile_title")},
      {"nav", "account"},
      {"csrf", page.csrf_token()},
      {"identity", identity_view(page, user, values, messages)},
      {"phone",
       input_view(page, "phone", "tel", "tel", "account.phone_hint", values.at("phone"), messages)},
      {"email", input_view(page, "email", "email", "email", "", values.at("email"), messages)},
      {"address", address_view(page, values, messages)},
      {"channels", channels_view(page, values.at("notify_channel"))},
      {"channel_error", message_of(messages, "notify_channel")},
      {"has_errors", !messages.empty()},
      {"errors", summary_view(page, messages)}};
  auto notice = kNotices.find(page.http.query_or("thong-bao", ""));
  if (notice != kNotices.end() && messages.empty()) model["flash"] = page.text(notice->second);
  return render_page(page, "portal/profile", std::move(model), status);
}

// Officials keep no applicant profile: their account page holds the password, the second factor
// and how deadline reminders reach them, among the contacts the administrator recorded.
Response official_account(PageRequest& page, const std::string& error, int status) {
  const auto user = app::Profiles(page.context.services).load(page.principal());
  json model{{"title", page.text("account.official_title")},
             {"nav", "account"},
             {"csrf", page.csrf_token()},
             {"full_name", user.full_name},
             {"username", user.username},
             {"phone", user.phone},
             {"email", user.email},
             {"channels", channels_view(page, user.notify_channel)},
             {"channel_error", error}};
  auto notice = kNotices.find(page.http.query_or("thong-bao", ""));
  if (notice != kNotices.end()) model["flash"] = page.text(notice->second);
  return render_page(page, "portal/official_account", std::move(model), status);
}

Response save_reminder_channel(PageRequest& page) {
  try {
    app::Profiles(page.context.services)
        .set_reminder_channel(page.principal(), page.field("notify_channel"),
                              client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    const auto messages = field_messages(page, error);
    std::string text;
    for (const auto& [field, message] : messages) text = message;
    return official_account(page, text, 400);
  }
  return see_other("/tai-khoan?thong-bao=da-luu");
}

Response show_profile(PageRequest& page) {
  if (page.principal().user.is_official()) return official_account(page, "", 200);
  return profile_form(page, stored_values(page.principal().user), {}, 200);
}

Response save_profile(PageRequest& page) {
  const auto values = posted_values(page);
  // Without JavaScript the commune list follows the province through this button.
  if (page.field("op") == "refresh") return profile_form(page, values, {}, 200);
  app::ProfileInput input{values.at("citizen_id"),    values.at("tax_code"),
                          values.at("phone"),         values.at("email"),
                          values.at("province_code"), values.at("commune_code"),
                          values.at("address"),       values.at("notify_channel")};
  try {
    app::Profiles(page.context.services)
        .update(page.principal(), input, client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return profile_form(page, values, field_messages(page, error), 400);
  }
  return see_other("/tai-khoan?thong-bao=da-luu");
}

constexpr const char* kPasswordNames[] = {"current_password", "new_password", "confirm_password"};

// The password inputs from `first` on (the reset form has no current password) and the error
// summary's links to them.
std::pair<json, json> password_fields(PageRequest& page, const FieldMessages& messages,
                                      std::size_t first) {
  json fields = json::array();
  json links = json::array();
  for (std::size_t i = first; i < std::size(kPasswordNames); ++i) {
    const std::string field(kPasswordNames[i]);
    const auto hint = field == "new_password" ? "auth.password_hint" : "";
    const auto autocomplete = field == "current_password" ? "current-password" : "new-password";
    auto view = input_view(page, field, "password", autocomplete, hint, "", messages);
    view["required"] = true;
    if (view["has_error"].get<bool>())
      links.push_back(
          {{"href", "#f-" + field},
           {"text", view["label"].get<std::string>() + ": " + view["error"].get<std::string>()}});
    fields.push_back(std::move(view));
  }
  return {fields, links};
}

Response password_form(PageRequest& page, const FieldMessages& messages, int status) {
  auto [fields, links] = password_fields(page, messages, 0);
  return render_page(page, "portal/password",
                     {{"title", page.text("account.password_title")},
                      {"nav", "account"},
                      {"csrf", page.csrf_token()},
                      {"username", page.principal().user.username},
                      {"required", page.principal().password_change_required},
                      {"fields", fields},
                      {"has_errors", !messages.empty()},
                      {"errors", links}},
                     status);
}

Response change_password(PageRequest& page) {
  app::LoginResult result;
  try {
    result = app::Accounts(page.context.services)
                 .change_password(page.principal(), page.field("current_password"),
                                  page.field("new_password"), page.field("confirm_password"),
                                  client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return password_form(page, field_messages(page, error), 400);
  }
  auto response = see_other("/tai-khoan?thong-bao=doi-mat-khau");
  response.header("set-cookie", session_cookie(page.context, result.token));
  return response;
}

// Requirements §8 "forgot password": the same answer whether or not the account exists.
Response reset_request_form(PageRequest& page, const FieldMessages& messages, int status) {
  const bool sent = page.http.query_param("da-gui").has_value();
  return render_page(
      page, "portal/password_reset_request",
      {{"title", page.text("account.reset_title")},
       {"csrf", page.csrf_token()},
       {"flash", sent ? page.text("auth.reset_sent") : ""},
       {"login", input_view(page, "login", "text", "username", "", page.field("login"), messages)},
       {"has_errors", !messages.empty()},
       {"errors", json::array()}},
      status);
}

Response request_reset(PageRequest& page) {
  try {
    app::PasswordResets(page.context.services)
        .request(page.field("login"), client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return reset_request_form(page, field_messages(page, error), 400);
  }
  return see_other("/quen-mat-khau?da-gui=1");
}

Response reset_form(PageRequest& page, const FieldMessages& messages, int status) {
  auto [fields, links] = password_fields(page, messages, 1);
  const auto token =
      page.http.method == Method::get ? page.http.query_or("token", "") : page.field("token");
  return render_page(page, "portal/password_reset",
                     {{"title", page.text("account.reset_title")},
                      {"csrf", page.csrf_token()},
                      {"token", token},
                      {"fields", fields},
                      {"has_errors", !messages.empty()},
                      {"errors", links}},
                     status);
}

// A used or expired link says so at once, before anyone types a new password into it.
Response open_reset_link(PageRequest& page) {
  if (!app::PasswordResets(page.context.services).link_valid(page.http.query_or("token", "")))
    return error_page(page, app::AppError(app::ErrorKind::invalid_input, "reset_link_invalid",
                                          "error.reset_link_invalid"));
  return reset_form(page, {}, 200);
}

Response complete_reset(PageRequest& page) {
  try {
    app::PasswordResets(page.context.services)
        .complete(page.field("token"), page.field("new_password"), page.field("confirm_password"),
                  client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input || error.fields().empty()) throw;
    return reset_form(page, field_messages(page, error), 400);
  }
  return see_other("/dang-nhap?da-dat-lai=1");
}

}  // namespace

void register_profile_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/tai-khoan", show_profile);
  add_page(router, context, Method::post, "/tai-khoan", save_profile);
  add_page(router, context, Method::post, "/tai-khoan/nhac-han", save_reminder_channel);
  add_page(router, context, Method::get, kPasswordPage, [](PageRequest& page) {
    page.principal();  // signed-in only
    return password_form(page, {}, 200);
  });
  add_page(router, context, Method::post, kPasswordPage, change_password);
  add_page(router, context, Method::get, "/quen-mat-khau",
           [](PageRequest& page) { return reset_request_form(page, {}, 200); });
  add_page(router, context, Method::post, "/quen-mat-khau", request_reset);
  add_page(router, context, Method::get, "/dat-lai-mat-khau", open_reset_link);
  add_page(router, context, Method::post, "/dat-lai-mat-khau", complete_reset);
}

}  // namespace motcua::web::portal
