// The officials' workspace: a side menu of the regulation's work queues with their counts, a
// search by code, ID number, name and reception date, and one page of the chosen queue from the
// store, earliest due first, late and nearly late rows marked (requirements B3, B9, B10).
#include "app/errors.hpp"
#include "app/work_queues.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr int kPerPage = 25;

struct QueueRequest {
  app::QueueFilter filter;
  std::string from;  // as typed, shown again in the search form
  std::string to;
};

QueueRequest read_request(const Request& http) {
  QueueRequest request;
  auto& filter = request.filter;
  filter.queue =
      app::parse_work_queue(http.query_or("hang-doi", "all")).value_or(app::WorkQueue::all);
  filter.text = http.query_or("q", "");
  request.from = http.query_or("tu-ngay", "");
  request.to = http.query_or("den-ngay", "");
  filter.received_from = core::parse_date(request.from);
  filter.received_to = core::parse_date(request.to);
  filter.page = std::max(1, std::atoi(http.query_or("trang", "1").c_str()));
  filter.per_page = kPerPage;
  return request;
}

// The same search in another queue or on another page.
std::string queue_url(const QueueRequest& request, app::WorkQueue queue, int page) {
  std::string url = "/mot-cua?hang-doi=" + std::string(app::work_queue_name(queue));
  if (!request.filter.text.empty()) url += "&q=" + url_encode(request.filter.text);
  if (!request.from.empty()) url += "&tu-ngay=" + url_encode(request.from);
  if (!request.to.empty()) url += "&den-ngay=" + url_encode(request.to);
  if (page > 1) url += "&trang=" + std::to_string(page);
  return url;
}

json menu_view(PageRequest& page, const QueueRequest& request) {
  json items = json::array();
  for (const auto& [queue, count] :
       app::WorkQueues(page.context.services).counts(page.principal())) {
    const std::string name(app::work_queue_name(queue));
    items.push_back(
        {{"label", page.text("bo.queue." + name)},
         {"url", queue_url(request, queue, 1)},
         {"count", count},
         {"alert",
          (queue == app::WorkQueue::overdue || queue == app::WorkQueue::due_soon) && count > 0},
         {"current", queue == request.filter.queue}});
  }
  return items;
}

json rows_view(PageRequest& page, const std::vector<core::Dossier>& dossiers) {
  const auto now = page.context.services.clock.now();
  json rows = json::array();
  for (const auto& dossier : dossiers) {
    auto row = dossier_row_view(page.context.translations, page.lang(), dossier, now);
    const bool open = !core::is_terminal(dossier.lifecycle.status) &&
                      dossier.lifecycle.status != core::Status::resolved;
    row["due_soon"] = open && !row["overdue"].get<bool>() && dossier.clock.due_at &&
                      *dossier.clock.due_at - now <= std::chrono::hours(24);
    rows.push_back(std::move(row));
  }
  return rows;
}

json pager_view(const QueueRequest& request, long long total) {
  const int page = request.filter.page;
  const auto pages = std::max<long long>(1, (total + kPerPage - 1) / kPerPage);
  json pager{{"page", page}, {"pages", pages}, {"total", total}, {"many", pages > 1}};
  if (page > 1) pager["previous"] = queue_url(request, request.filter.queue, page - 1);
  if (page < pages) pager["next"] = queue_url(request, request.filter.queue, page + 1);
  return pager;
}

Response queue_page(PageRequest& page) {
  official(page);
  const auto request = read_request(page.http);
  json model{{"title", page.text("bo.queue_title")},
             {"nav", "backoffice"},
             {"menu", menu_view(page, request)},
             {"queue_label",
              page.text("bo.queue." + std::string(app::work_queue_name(request.filter.queue)))},
             {"queue", app::work_queue_name(request.filter.queue)},
             {"q", request.filter.text},
             {"from", request.from},
             {"to", request.to},
             {"can_intake", page.principal().user.has_role(core::Role::reception)},
             {"can_admin", page.principal().user.has_role(core::Role::admin)},
             {"can_see_dashboard", page.principal().user.has_role(core::Role::leader) ||
                                       page.principal().user.has_role(core::Role::admin)}};
  int status = 200;
  try {
    const auto found =
        app::WorkQueues(page.context.services).list(page.principal(), request.filter);
    model["dossiers"] = rows_view(page, found.items);
    model["pager"] = pager_view(request, found.total);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    model["dossiers"] = json::array();
    model["has_errors"] = true;
    model["errors"] = json::array();
    for (const auto& [field, message] : field_messages(page, error))
      model["errors"].push_back({{"href", "#f-" + field}, {"text", message}});
    status = 400;
  }
  model["has_dossiers"] = !model["dossiers"].empty();
  return render_page(page, "backoffice/queue", std::move(model), status);
}

}  // namespace

void register_queue_pages(Router& router, WebContext& context) {
  add_kept_page(router, context, "/mot-cua", queue_page);
}

}  // namespace motcua::web::backoffice
