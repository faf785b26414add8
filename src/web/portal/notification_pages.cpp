// /thong-bao, the signed-in user's notifications newest first (requirements P13), and
// marking them read; the header's unread count comes from page_support.
#include <algorithm>

#include "app/notifications.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/tracking_views.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr int kPerPage = 20;

int page_number(const PageRequest& page) {
  try {
    return std::clamp(std::stoi(page.http.query_or("page", "1")), 1, 100000);
  } catch (const std::exception&) {
    return 1;  // a mangled page number shows the first page
  }
}

Response list(PageRequest& page) {
  const int number = page_number(page);
  const auto found =
      app::Notifications(page.context.services).list(page.principal(), number, kPerPage);
  json items = json::array();
  long long newest = 0;
  for (const auto& notification : found.items) {
    items.push_back(notification_view(page.context.translations, page.lang(), notification));
    newest = std::max(newest, notification.id);
  }
  json model{{"title", page.text("tracking.notifications_title")},
             {"nav", "notifications"},
             {"notifications", items},
             {"has_notifications", !items.empty()},
             {"newest", newest},
             {"pagination", pagination_view("/thong-bao?", number, found.total, kPerPage)}};
  if (page.http.query_or("thong-bao", "") == "da-doc")
    model["flash"] = page.text("tracking.notifications_marked");
  return render_page(page, "portal/notifications", std::move(model));
}

// Marks read up to the newest one the page showed, so one that arrived meanwhile stays unread.
Response mark_read(PageRequest& page) {
  long long up_to = 0;
  try {
    up_to = std::max(0LL, std::stoll(page.field("den")));
  } catch (const std::exception&) {
    up_to = 0;  // without a bound, everything is marked
  }
  app::Notifications(page.context.services).mark_read(page.principal(), up_to);
  return see_other("/thong-bao?thong-bao=da-doc");
}

}  // namespace

void register_notification_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/thong-bao", list);
  add_page(router, context, Method::post, "/thong-bao/da-doc", mark_read);
}

}  // namespace motcua::web::portal
