#include "app/page_views.hpp"

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/time.hpp"

namespace motcua::app {

bool PageViews::record(const std::string& page) {
  const auto now = services_.clock.now();
  std::lock_guard lock(mutex_);
  ++pending_[{core::format_date(core::to_local(now).date), page}];
  if (now - last_flush_ < flush_interval_) return false;
  last_flush_ = now;
  return true;
}

bool PageViews::flush() {
  const auto counts = take_pending();
  if (counts.empty()) return true;
  try {
    services_.store.write([&](Transaction& tx) { tx.add_page_views(counts); });
    return true;
  } catch (const std::exception&) {
    put_back(counts);
    return false;
  }
}

std::vector<PageViewCount> PageViews::report(const Principal& who, const std::string& from_day,
                                             const std::string& to_day) {
  require_admin(who);
  const auto from = core::parse_date(from_day);
  const auto to = core::parse_date(to_day);
  if (!from) throw_invalid({{"from", "error.date"}});
  if (!to) throw_invalid({{"to", "error.date"}});
  flush();  // a refused flush leaves the report a little behind, never wrong
  std::vector<PageViewCount> counts;
  services_.store.read([&](Transaction& tx) {
    counts = tx.list_page_views(core::format_date(*from), core::format_date(*to));
  });
  return counts;
}

std::vector<PageViewCount> PageViews::take_pending() {
  std::lock_guard lock(mutex_);
  std::vector<PageViewCount> counts;
  counts.reserve(pending_.size());
  for (const auto& [key, views] : pending_) counts.push_back({key.first, key.second, views});
  pending_.clear();
  return counts;
}

void PageViews::put_back(const std::vector<PageViewCount>& counts) {
  std::lock_guard lock(mutex_);
  for (const auto& count : counts) pending_[{count.day, count.page}] += count.views;
}

}  // namespace motcua::app
