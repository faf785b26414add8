#pragma once
// Read-your-writes across nodes. A browser that changed something through one node may ask the
// next page of another before that node has heard of the change (web/page_cache: announcements
// take up to a tenth of a second). The answer to the change carries its time in a short-lived
// cookie, and no node serves that browser a kept page whose rendering began earlier.
#include <chrono>
#include <string>

#include "web/http/message.hpp"
#include "web/page_cache.hpp"

namespace motcua::web {

inline constexpr const char* kWriteMarkerCookie = "motcua_wrote";

// The Set-Cookie value recording a change made at `at` (`secure`: over HTTPS only).
std::string write_marker_cookie(PageCache::WallClock::time_point at, bool secure);

// The earliest rendering a kept page must have for this request: the time of its browser's last
// change plus what the nodes' clocks may differ by; the epoch when it carries no marker.
PageCache::WallClock::time_point kept_pages_not_before(const Request& request);

}  // namespace motcua::web
