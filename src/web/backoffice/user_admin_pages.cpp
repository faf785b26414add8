// The officials' accounts in the back office (requirements §8, B1): every official with their unit
// and state, a form opening a new account (its first password shown once), and for each account
// disable or enable, lift a login lock, and reset two-factor login.
#include <array>

#include "app/accounts.hpp"
#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/official_accounts.hpp"
#include "app/two_factor.hpp"
#include "app/user_admin.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/nguoi-dung";
constexpr std::array kOfficialRoles{core::Role::reception, core::Role::specialist,
                                    core::Role::leader, core::Role::admin};

json accounts_view(PageRequest& page) {
  json rows = json::array();
  for (const auto& account : app::UserAdmin(page.context.services).officials(page.principal())) {
    std::string roles;
    for (const auto role : account.user.roles)
      roles +=
          (roles.empty() ? "" : ", ") + page.text("role." + std::string(core::role_name(role)));
    const auto base = std::string(kPage) + "/" + account.user.username + "/";
    rows.push_back({{"username", account.user.username},
                    {"full_name", account.user.full_name},
                    {"roles", roles},
                    {"unit", account.unit_name},
                    {"active", account.user.active},
                    {"self", account.user.id == page.principal().user.id},
                    {"locked", account.locked},
                    {"two_factor", account.user.totp_enabled},
                    {"toggle_url", base + (account.user.active ? "khoa" : "mo-khoa")},
                    {"unlock_url", base + "go-khoa-dang-nhap"},
                    {"reset_url", base + "dat-lai-xac-thuc"}});
  }
  return rows;
}

Response users_page(PageRequest& page, json extra, int status) {
  json roles = json::array();
  for (const auto role : kOfficialRoles) {
    const std::string name{core::role_name(role)};
    roles.push_back({{"value", name},
                     {"label", page.text("role." + name)},
                     {"selected", page.field("role") == name}});
  }
  json units = json::array();
  for (const auto& unit : app::units_for_admin(page.context.services, page.principal()))
    units.push_back(
        {{"code", unit.code}, {"name", unit.name}, {"selected", page.field("unit") == unit.code}});
  json model{{"title", page.text("bo.users.title")},
             {"nav", "backoffice"},
             {"accounts", accounts_view(page)},
             {"roles", roles},
             {"units", units},
             {"username", page.field("username")},
             {"full_name", page.field("full_name")},
             {"email", page.field("email")}};
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.users.done");
  model.update(extra);
  return render_page(page, "backoffice/users", std::move(model), status);
}

Response create(PageRequest& page) {
  const app::NewOfficial input{page.field("username"),
                               page.field("full_name"),
                               {page.field("role")},
                               page.field("unit"),
                               page.field("email")};
  try {
    const auto created = app::create_official(page.context.services, page.principal(), input);
    return users_page(page,
                      {{"created_username", created.user.username},
                       {"initial_password", created.initial_password},
                       {"username", ""},
                       {"full_name", ""},
                       {"email", ""}},
                      201);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    json errors = json::array();
    json model{{"has_errors", true}};
    for (const auto& [field, text] : field_messages(page, error)) {
      errors.push_back({{"href", "#u-" + field}, {"text", text}});
      model["error_" + field] = text;
    }
    model["errors"] = errors;
    return users_page(page, model, 400);
  }
}

// One of the account actions, then back to the list.
Response act(PageRequest& page, const std::string& action) {
  const auto username = page.http.param("username");
  const auto ip = client_address(page.context, page.http);
  auto& services = page.context.services;
  if (action == "khoa" || action == "mo-khoa")
    app::UserAdmin(services).set_active(page.principal(), username, action == "mo-khoa", ip);
  else if (action == "go-khoa-dang-nhap")
    app::Accounts(services).unlock(page.principal(), username, ip);
  else if (action == "dat-lai-xac-thuc")
    app::TwoFactor(services).reset(page.principal(), username, ip);
  else
    app::throw_not_found("action");
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_user_admin_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return users_page(page, json::object(), 200); });
  add_page(router, context, Method::post, kPage, create);
  add_page(router, context, Method::post, std::string(kPage) + "/{username}/{action}",
           [](PageRequest& page) { return act(page, page.http.param("action")); });
}

}  // namespace motcua::web::backoffice
