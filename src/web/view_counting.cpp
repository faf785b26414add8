#include "web/view_counting.hpp"

#include <spdlog/spdlog.h>

#include "app/page_views.hpp"

namespace motcua::web {

std::optional<std::string> counted_page(Method method, const std::string& route) {
  if (method != Method::get) return std::nullopt;
  if (route.starts_with("/mot-cua") || route.starts_with("/quan-tri")) return std::nullopt;
  if (route.substr(route.rfind('/') + 1).find('.') != std::string::npos) return std::nullopt;
  return route;
}

std::string view_label(const std::string& route, const Request& request) {
  return route == "/thu-tuc/{code}" ? request.path : route;
}

bool record_view(WebContext& context, const std::string& label) {
  return context.page_views != nullptr && context.page_views->record(label);
}

void flush_views(WebContext& context) {
  if (context.page_views != nullptr && !context.page_views->flush())
    spdlog::warn("page views: the store refused the counts; they are kept for the next write");
}

}  // namespace motcua::web
