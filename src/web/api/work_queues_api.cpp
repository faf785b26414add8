// The officials' work queues: counts for the side menu and one page of a queue, searched and
// sorted by due time in the store.
#include "app/errors.hpp"
#include "app/work_queues.hpp"
#include "web/api/api_support.hpp"
#include "web/json_views.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

std::optional<core::LocalDate> date_query(const Request& request, const std::string& name) {
  const auto text = text_query(request, name);
  if (text.empty()) return std::nullopt;
  const auto date = core::parse_date(text);
  if (!date) app::throw_invalid({{name, "error.date"}});
  return date;
}

app::QueueFilter queue_filter(const Request& request) {
  app::QueueFilter filter;
  const auto name = text_query(request, "queue");
  if (!name.empty()) {
    const auto queue = app::parse_work_queue(name);
    if (!queue) app::throw_invalid({{"queue", "error.option"}});
    filter.queue = *queue;
  }
  filter.text = text_query(request, "q");
  filter.received_from = date_query(request, "from");
  filter.received_to = date_query(request, "to");
  filter.page = static_cast<int>(int_query(request, "page", 1, 100000).value_or(1));
  filter.per_page = static_cast<int>(int_query(request, "per_page", 1, 100).value_or(25));
  return filter;
}

Response queues(WebContext& context, Request&, Caller& caller) {
  json items = json::array();
  for (const auto& [queue, count] : app::WorkQueues(context.services).counts(signed_in(caller)))
    items.push_back({{"queue", app::work_queue_name(queue)}, {"count", count}});
  return ok({{"items", items}});
}

Response dossiers(WebContext& context, Request& request, Caller& caller) {
  const auto filter = queue_filter(request);
  const auto page = app::WorkQueues(context.services).list(signed_in(caller), filter);
  json items = json::array();
  for (const auto& dossier : page.items) items.push_back(dossier_summary_json(dossier));
  return ok({{"items", items},
             {"total", page.total},
             {"page", filter.page},
             {"per_page", filter.per_page}});
}

}  // namespace

void register_work_queue_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/work/queues", queues);
  add_route(router, context, Method::get, "/api/v1/work/dossiers", dossiers);
}

}  // namespace motcua::web::api
