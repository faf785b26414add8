// The portal's access statistics (requirements P22): one row per local day and page.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

void SqlTransaction::add_page_views(const std::vector<app::PageViewCount>& counts) {
  for (const auto& count : counts) {
    db_.exec(
        "INSERT INTO page_views (day, page, views) VALUES ($1, $2, $3) "
        "ON CONFLICT (day, page) DO UPDATE SET views = page_views.views + excluded.views",
        {count.day, count.page, count.views});
  }
}

std::vector<app::PageViewCount> SqlTransaction::list_page_views(const std::string& from_day,
                                                                const std::string& to_day) {
  const auto rows = db_.query(
      "SELECT day, page, views FROM page_views WHERE day >= $1 AND day <= $2 ORDER BY day, page",
      {from_day, to_day});
  std::vector<app::PageViewCount> counts;
  counts.reserve(rows.size());
  for (const auto& row : rows) counts.push_back({row.text(0), row.text(1), row.integer(2)});
  return counts;
}

}  // namespace motcua::store::sql
