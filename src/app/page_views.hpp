#pragma once
// The portal's page-view counter (requirements P22). Views are counted in memory and added to the
// store in one write at most every `flush_interval`, so a busy portal does not queue a write behind
// every page it serves; a failed write keeps the counts for the next one.
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

class PageViews {
 public:
  PageViews(Services& services, std::chrono::seconds flush_interval)
      : services_(services), flush_interval_(flush_interval), last_flush_(services.clock.now()) {}

  // Counts one view of `page` today. True when the interval has passed: the caller then flushes.
  bool record(const std::string& page);
  // Writes the pending counts now (when due, at shutdown, before a report). False when the store
  // refused them: they are kept for the next flush, and statistics never fail a page.
  bool flush();
  // Administrators only: the totals from `from_day` to `to_day` ("YYYY-MM-DD"), pending included.
  std::vector<PageViewCount> report(const Principal& who, const std::string& from_day,
                                    const std::string& to_day);

 private:
  std::vector<PageViewCount> take_pending();
  void put_back(const std::vector<PageViewCount>& counts);

  Services& services_;
  const std::chrono::seconds flush_interval_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, long long> pending_;  // (day, page) → views
  core::Instant last_flush_;
};

}  // namespace motcua::app
