// The portal's access statistics for administrators (requirements P22):
// GET /api/v1/admin/page-views?from=YYYY-MM-DD&to=YYYY-MM-DD (both default to today).
#include "app/errors.hpp"
#include "app/page_views.hpp"
#include "core/time.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

Response page_views(WebContext& context, Request& request, Caller& caller) {
  const auto& who = signed_in(caller);
  if (context.page_views == nullptr) app::throw_not_found("page_views");
  const auto today = core::format_date(core::to_local(context.services.clock.now()).date);
  auto from = text_query(request, "from");
  auto to = text_query(request, "to");
  if (from.empty()) from = today;
  if (to.empty()) to = today;
  json items = json::array();
  long long total = 0;
  for (const auto& count : context.page_views->report(who, from, to)) {
    items.push_back({{"day", count.day}, {"page", count.page}, {"views", count.views}});
    total += count.views;
  }
  return ok({{"from", from}, {"to", to}, {"total", total}, {"items", items}});
}

}  // namespace

void register_usage_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/page-views", page_views);
}

}  // namespace motcua::web::api
