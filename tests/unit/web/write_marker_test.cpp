// The marker of a browser's last change: read back with the clock allowance, and a forged one
// ignored or capped.
#include "web/write_marker.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

using namespace std::chrono_literals;
using WallClock = PageCache::WallClock;

Request with_cookie(const std::string& cookie) {
  Request request;
  request.headers.emplace_back("cookie", cookie);
  return request;
}

long long millis(WallClock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

TEST(WriteMarker, TheCookieCarriesTheTimeOfTheChange) {
  const WallClock::time_point at{1'764'000'000'123ms};
  const auto cookie = write_marker_cookie(at, false);
  EXPECT_EQ(cookie.rfind("motcua_wrote=1764000000123; Path=/; HttpOnly", 0), 0U) << cookie;
  const auto value = cookie.substr(0, cookie.find(';'));
  EXPECT_EQ(kept_pages_not_before(with_cookie(value)), at + 1s) << "with the clocks' allowance";
}

TEST(WriteMarker, NoOrABadMarkerAsksForNothing) {
  EXPECT_EQ(kept_pages_not_before(Request{}), WallClock::time_point{});
  for (const auto* bad : {"motcua_wrote=", "motcua_wrote=abc", "motcua_wrote=-5",
                          "motcua_wrote=12x", "motcua_wrote=99999999999999999999"})
    EXPECT_EQ(kept_pages_not_before(with_cookie(bad)), WallClock::time_point{}) << bad;
}

TEST(WriteMarker, AMarkerFromTheFutureIsCapped) {
  const auto far = WallClock::now() + std::chrono::hours(24 * 365);
  const auto asked =
      kept_pages_not_before(with_cookie("motcua_wrote=" + std::to_string(millis(far))));
  EXPECT_LE(asked, WallClock::now() + 2s);
}

TEST(WriteMarker, OverHttpsTheCookieIsSecure) {
  const auto cookie = write_marker_cookie(WallClock::now(), true);
  EXPECT_NE(cookie.find("; Secure"), std::string::npos);
  EXPECT_NE(cookie.find("Max-Age=60"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web
