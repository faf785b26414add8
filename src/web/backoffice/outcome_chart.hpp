#pragma once
// A horizontal stacked bar per row (early, on time, late, open in time, overdue), drawn on the
// server as SVG so it needs no script; the page puts the same figures in a table beside it.
#include <string>
#include <vector>

#include "app/unit_dashboard.hpp"
#include "views/i18n.hpp"

namespace motcua::web::backoffice {

std::string outcome_chart_svg(const views::Translations& translations, const std::string& lang,
                              const std::vector<app::DashboardRow>& rows);

}  // namespace motcua::web::backoffice
