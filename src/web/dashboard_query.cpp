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

// The first day of the quarter `day` falls in.
core::LocalDate quarter_start(core::LocalDate day) {
  const auto month = static_cast<unsigned>(day.month());
  return core::LocalDate{day.year(), std::chrono::month{(month - 1) / 3 * 3 + 1},
                         std::chrono::day{1}};
}

}  // namespace

DashboardQuery dashboard_query(const Request& request, core::Instant now, const char* from_name,
                               const char* to_name, const char* unit_name) {
  const auto today = core::to_local(now).date;
  const core::LocalDate month_start{today.year(), today.month(), std::chrono::day{1}};
  return {request.query_or(unit_name, ""), date_or(request, from_name, month_start),
          date_or(request, to_name, today)};
}

DashboardQuery quarter_query(const Request& request, core::Instant now, const char* from_name,
                             const char* to_name, const char* unit_name) {
  auto query = dashboard_query(request, now, from_name, to_name, unit_name);
  if (request.query_or(from_name, "").empty()) query.from = quarter_start(core::to_local(now).date);
  return query;
}

}  // namespace motcua::web
