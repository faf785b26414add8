#pragma once
// The portal's access statistics (requirements P22).
#include <string>
#include <vector>

#include "app/ports/usage_records.hpp"

namespace motcua::app {

class UsageRepository {
 public:
  virtual ~UsageRepository() = default;

  // Access statistics (P22): adds each count to the day's and page's total.
  virtual void add_page_views(const std::vector<PageViewCount>& counts) = 0;
  // The totals from `from_day` to `to_day` inclusive ("YYYY-MM-DD"), by day then page.
  virtual std::vector<PageViewCount> list_page_views(const std::string& from_day,
                                                     const std::string& to_day) = 0;
};

}  // namespace motcua::app
