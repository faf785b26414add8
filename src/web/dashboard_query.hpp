#pragma once
// The dashboard's period and unit as the API and the page read them: from the first of this month
// to today unless given.
#include <string>

#include "core/time.hpp"
#include "web/http/message.hpp"

namespace motcua::web {

struct DashboardQuery {
  std::string unit;
  core::LocalDate from{};
  core::LocalDate to{};
};

// Throws AppError invalid_input for a date that does not parse. `from_name` and `to_name` are the
// query parameters' names (the page uses Vietnamese ones).
DashboardQuery dashboard_query(const Request& request, core::Instant now, const char* from_name,
                               const char* to_name, const char* unit_name);

// As dashboard_query, but from the first day of this quarter unless given: the reports' default.
DashboardQuery quarter_query(const Request& request, core::Instant now, const char* from_name,
                             const char* to_name, const char* unit_name);

}  // namespace motcua::web
