#include "web/dashboard_query.hpp"

#include "app/errors.hpp"

namespace motcua::web {
namespace {

core::LocalDate date_or(const Request& request, const char* name, core::LocalDate fallback) {
  const auto text = request.query_or(name, "");
  if (text.empty()) return fallback;
  const auto date = core::parse_date(text);
  if (!date) app::throw_invalid({{name, "error.date"}});
  return *date;
}

}  // namespace

DashboardQuery dashboard_query(const Request& request, core::Instant now, const char* from_name,
                               const char* to_name, const char* unit_name) {
  const auto today = core::to_local(now).date;
  const core::LocalDate month_start{today.year(), today.month(), std::chrono::day{1}};
  return {request.query_or(unit_name, ""), date_or(request, from_name, month_start),
          date_or(request, to_name, today)};
}

}  // namespace motcua::web
