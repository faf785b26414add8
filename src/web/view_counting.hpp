#pragma once
// P22: the portal's page views, counted by page and day for the statistics page.
#include <optional>
#include <string>

#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// The route a view of a page registered under `route` counts for: pages shown to the public and
// to citizens, not files, feeds or the back office.
std::optional<std::string> counted_page(Method method, const std::string& route);

// What a view of `route` counts under: the route itself, so no dossier code or user id is kept;
// a procedure's page keeps its public code, the figure provinces ask for most.
std::string view_label(const std::string& route, const Request& request);

// Counts one view; true when the pending counts are due to be written (flush_views).
bool record_view(WebContext& context, const std::string& label);
// Writes the pending counts; a refusal keeps them for the next time.
void flush_views(WebContext& context);

}  // namespace motcua::web
