#include "web/write_marker.hpp"

#include <algorithm>
#include <charconv>

namespace motcua::web {
namespace {

using WallClock = PageCache::WallClock;

// Nodes keep their clocks within this of each other (NTP does within milliseconds); pages rendered
// this soon after a change are rendered again rather than trusted.
constexpr auto kClockAllowance = std::chrono::seconds(1);
// By then every node has heard of the change through the feed, or its kept copy has expired.
constexpr int kMarkerSeconds = 60;

}  // namespace

std::string write_marker_cookie(WallClock::time_point at, bool secure) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  std::string cookie =
      std::string(kWriteMarkerCookie) + "=" + std::to_string(millis) +
      "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(kMarkerSeconds);
  if (secure) cookie += "; Secure";
  return cookie;
}

WallClock::time_point kept_pages_not_before(const Request& request) {
  const auto text = request.cookie(kWriteMarkerCookie);
  long long millis = 0;
  if (!text || text->empty() || text->size() > 16) return {};
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), millis);
  if (error != std::errc{} || end != text->data() + text->size() || millis <= 0) return {};
  // A marker from the future (a forged cookie) only makes its own browser's pages render again;
  // it is capped so that it cannot do so for long.
  const auto marked = std::min(WallClock::time_point(std::chrono::milliseconds(millis)),
                               WallClock::now() + kClockAllowance);
  return marked + kClockAllowance;
}

}  // namespace motcua::web
