#include "core/time.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_days;

constexpr LocalDate ymd(int y, unsigned m, unsigned d) {
  return LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// 2026-11-22 09:30 in Vietnam is 02:30 UTC.
const Instant kSample = Instant{sys_days{ymd(2026, 11, 22)}} + hours{2} + minutes{30};

TEST(Time, ToLocalAddsSevenHours) {
  const auto local = to_local(kSample);
  EXPECT_EQ(local.date, ymd(2026, 11, 22));
  EXPECT_EQ(local.minute_of_day, 9 * 60 + 30);
}

TEST(Time, ToLocalCrossesMidnight) {
  // 18:00 UTC is already 01:00 the next day in Vietnam.
  const auto local = to_local(Instant{sys_days{ymd(2026, 12, 31)}} + hours{18});
  EXPECT_EQ(local.date, ymd(2027, 1, 1));
  EXPECT_EQ(local.minute_of_day, 60);
}

TEST(Time, ToLocalDropsSeconds) {
  EXPECT_EQ(to_local(kSample + seconds{59}).minute_of_day, 9 * 60 + 30);
}

TEST(Time, FromLocalIsTheInverse) {
  EXPECT_EQ(from_local(ymd(2026, 11, 22), 9 * 60 + 30), kSample);
  EXPECT_EQ(from_local(ymd(2027, 1, 1), 60), Instant{sys_days{ymd(2026, 12, 31)}} + hours{18});
}

TEST(Time, LocalMidnightBeforeTheEpoch) {
  const Instant before = from_local(ymd(1969, 12, 31), 23 * 60);
  EXPECT_EQ(to_local(before).date, ymd(1969, 12, 31));
  EXPECT_EQ(to_local(before).minute_of_day, 23 * 60);
}

TEST(Time, FormatIso) {
  EXPECT_EQ(format_iso(kSample), "2026-11-22T09:30:00+07:00");
  EXPECT_EQ(format_iso(kSample + seconds{7}), "2026-11-22T09:30:07+07:00");
  EXPECT_EQ(format_iso(from_local(ymd(2027, 1, 1), 0)), "2027-01-01T00:00:00+07:00");
}

TEST(Time, ParseIsoWithOffsets) {
  EXPECT_EQ(parse_iso("2026-11-22T09:30:00+07:00"), kSample);
  EXPECT_EQ(parse_iso("2026-11-22T02:30:00Z"), kSample);
  EXPECT_EQ(parse_iso("2026-11-22T09:30+0700"), kSample);
  EXPECT_EQ(parse_iso("2026-11-21T21:30:00-05:00"), kSample);
  EXPECT_EQ(parse_iso("2026-11-22T08:00:00+05:30"), kSample);
}

TEST(Time, ParseIsoWithoutOffsetMeansVietnam) {
  EXPECT_EQ(parse_iso("2026-11-22T09:30"), kSample);
  EXPECT_EQ(parse_iso("2026-11-22T09:30:00"), kSample);
}

TEST(Time, ParseIsoDropsFractions) {
  EXPECT_EQ(parse_iso("2026-11-22T09:30:00.123+07:00"), kSample);
  EXPECT_EQ(parse_iso("2026-11-22T02:30:00.5Z"), kSample);
}

TEST(Time, ParseIsoBareDateIsLocalMidnight) {
  EXPECT_EQ(parse_iso("2026-11-22"), from_local(ymd(2026, 11, 22), 0));
}

TEST(Time, ParseIsoRoundTrips) {
  const Instant at = kSample + seconds{42};
  EXPECT_EQ(parse_iso(format_iso(at)), at);
}

TEST(Time, ParseIsoRejectsInvalidInput) {
  for (const char* text : {"",
                           "2026",
                           "2026-02-30",
                           "2026-13-01",
                           "2026-00-10",
                           "2026-11-00",
                           "2027-02-29T10:00",
                           "2026-11-22T24:00",
                           "2026-11-22T09:60",
                           "2026-11-22T09:30:60",
                           "2026-11-22 09:30",
                           "2026-11-22T9:30",
                           "2026-11-22T09:30:00+07:00x",
                           "2026-11-22T09:30+7",
                           "2026-11-22T09:30+24:00",
                           "2026-11-22T09:30+07:60",
                           "2026-11-22T",
                           "2026-11-22T09:30:00.",
                           "26-11-22T09:30",
                           "2026/11/22",
                           "2026-11-22x",
                           "2026-1-22",
                           "abcd-ef-ghT09:30"}) {
    EXPECT_FALSE(parse_iso(text).has_value()) << text;
  }
}

TEST(Time, ParseIsoAcceptsLeapDay) { EXPECT_TRUE(parse_iso("2028-02-29T10:00").has_value()); }

TEST(Time, FormatAndParseDate) {
  EXPECT_EQ(format_date(ymd(2026, 11, 22)), "2026-11-22");
  EXPECT_EQ(format_date(ymd(2027, 1, 5)), "2027-01-05");
  EXPECT_EQ(parse_date("2026-11-22"), ymd(2026, 11, 22));
}

TEST(Time, ParseDateIsStrict) {
  for (const char* text : {"", "2026-11-22T00:00", "2026-02-30", "2026-11-2", "2026-11-22 ",
                           " 2026-11-22", "22/11/2026", "2026-11-22Z"}) {
    EXPECT_FALSE(parse_date(text).has_value()) << text;
  }
}

TEST(Time, FormatDisplay) {
  EXPECT_EQ(format_display(kSample), "09:30 22/11/2026");
  EXPECT_EQ(format_display(kSample + seconds{59}), "09:30 22/11/2026");
  EXPECT_EQ(format_display(from_local(ymd(2027, 1, 5), 17 * 60)), "17:00 05/01/2027");
  EXPECT_EQ(format_display_date(ymd(2026, 11, 22)), "22/11/2026");
  EXPECT_EQ(format_display_date(ymd(2027, 2, 6)), "06/02/2027");
}

TEST(Time, YearsOfOtherThanFourDigitsAreWrittenWhole) {
  EXPECT_EQ(format_date(ymd(999, 3, 4)), "0999-03-04");
  EXPECT_EQ(format_date(ymd(12026, 11, 22)), "12026-11-22");
  EXPECT_EQ(format_display_date(ymd(12026, 11, 22)), "22/11/12026");
  EXPECT_EQ(format_date(ymd(-5, 1, 1)), "-005-01-01");
  EXPECT_EQ(format_iso(from_local(ymd(12026, 1, 5), 17 * 60)), "12026-01-05T17:00:00+07:00");
}

}  // namespace
}  // namespace motcua::core
