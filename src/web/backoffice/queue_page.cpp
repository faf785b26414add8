// The work queue: the dossiers the official's roles and unit may act on now, with a tab per status
// (requirements B10) and overdue dossiers marked (B9).
#include <algorithm>
#include <set>

#include "app/official_work.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

// The statuses from which one of the user's roles acts on the agency's side, in code order.
std::set<int> working_statuses(const app::User& user) {
  std::set<int> statuses;
  for (const auto& transition : core::transition_table()) {
    // Drafts reach the desk only as counter intake, never through the queue.
    if (transition.side == core::Side::owner || transition.from == core::Status::draft) continue;
    for (auto role : transition.roles) {
      if (user.has_role(role)) statuses.insert(core::status_code(transition.from));
    }
  }
  return statuses;
}

std::optional<int> chosen_status(const Request& request) {
  try {
    auto value = request.query_param("trang-thai");
    if (value) return std::stoi(*value);
  } catch (const std::exception&) {
  }
  return std::nullopt;  // absent or mangled: every status
}

json tabs_view(const PageRequest& page, const std::vector<core::Dossier>& queue,
               std::optional<int> chosen) {
  json tabs = json::array();
  tabs.push_back({{"label", page.text("bo.tab_all")},
                  {"url", "/mot-cua"},
                  {"count", queue.size()},
                  {"current", !chosen}});
  for (int code : working_statuses(page.principal().user)) {
    const auto count = std::count_if(queue.begin(), queue.end(), [&](const core::Dossier& d) {
      return core::status_code(d.lifecycle.status) == code;
    });
    const auto status =
        status_view(page.context.translations, page.lang(), *core::status_from_code(code));
    tabs.push_back({{"label", status["label"]},
                    {"url", "/mot-cua?trang-thai=" + std::to_string(code)},
                    {"count", count},
                    {"current", chosen == code}});
  }
  return tabs;
}

Response queue_page(PageRequest& page) {
  const auto& who = official(page);
  const auto queue = app::OfficialWork(page.context.services).queue(who, std::nullopt);
  const auto chosen = chosen_status(page.http);
  const auto now = page.context.services.clock.now();
  json rows = json::array();
  for (const auto& dossier : queue) {
    if (chosen && core::status_code(dossier.lifecycle.status) != *chosen) continue;
    rows.push_back(dossier_row_view(page.context.translations, page.lang(), dossier, now));
  }
  auto tabs = tabs_view(page, queue, chosen);
  std::string tab_label;
  for (const auto& tab : tabs) {
    if (tab["current"].get<bool>()) tab_label = tab["label"];
  }
  return render_page(page, "backoffice/queue",
                     {{"title", page.text("bo.queue_title")},
                      {"nav", "backoffice"},
                      {"tabs", tabs},
                      {"tab_label", tab_label},
                      {"dossiers", rows},
                      {"has_dossiers", !rows.empty()},
                      {"can_intake", who.user.has_role(core::Role::reception)}});
}

}  // namespace

void register_queue_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua", queue_page);
}

}  // namespace motcua::web::backoffice
