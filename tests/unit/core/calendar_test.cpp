#include "core/calendar.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using std::chrono::minutes;
using std::chrono::sys_days;

constexpr LocalDate ymd(int y, unsigned m, unsigned d) {
  return LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

using testing::at;

CalendarDay holiday(LocalDate date) { return {date, "nghỉ", CalendarDayKind::holiday}; }
CalendarDay make_up(LocalDate date) { return {date, "làm bù", CalendarDayKind::make_up_working}; }

// Tết Nguyên đán 2027 (1 Tết is Saturday 6 Feb): Thursday 4 to Wednesday 10 Feb off, Saturday 20
// Feb worked in exchange.
CalendarRules tet_2027_rules() {
  CalendarRules rules;
  for (unsigned d = 4; d <= 10; ++d) rules.days.push_back(holiday(ymd(2027, 2, d)));
  rules.days.push_back(make_up(ymd(2027, 2, 20)));
  return rules;
}

const WorkingCalendar kDefault{CalendarRules{}};
const WorkingCalendar kTet{tet_2027_rules()};

TEST(Calendar, DefaultRules) {
  EXPECT_EQ(kDefault.minutes_per_working_day(), 450);
  EXPECT_TRUE(kDefault.is_working_day(ymd(2026, 11, 20)));   // Friday
  EXPECT_FALSE(kDefault.is_working_day(ymd(2026, 11, 21)));  // Saturday
  EXPECT_FALSE(kDefault.is_working_day(ymd(2026, 11, 22)));  // Sunday
  EXPECT_TRUE(kDefault.is_working_day(ymd(2026, 11, 23)));   // Monday
}

TEST(Calendar, HolidaysAndMakeUpDays) {
  EXPECT_TRUE(kTet.is_working_day(ymd(2027, 2, 3)));
  EXPECT_FALSE(kTet.is_working_day(ymd(2027, 2, 4)));
  EXPECT_FALSE(kTet.is_working_day(ymd(2027, 2, 8)));
  EXPECT_FALSE(kTet.is_working_day(ymd(2027, 2, 10)));
  EXPECT_TRUE(kTet.is_working_day(ymd(2027, 2, 11)));
  EXPECT_TRUE(kTet.is_working_day(ymd(2027, 2, 20)));   // Saturday, worked
  EXPECT_FALSE(kTet.is_working_day(ymd(2027, 2, 27)));  // an ordinary Saturday
}

TEST(Calendar, HolidayWinsOverMakeUp) {
  CalendarRules rules;
  rules.days = {make_up(ymd(2026, 11, 21)), holiday(ymd(2026, 11, 21))};
  EXPECT_FALSE(WorkingCalendar(rules).is_working_day(ymd(2026, 11, 21)));
}

TEST(Calendar, CustomWeeklyDaysOff) {
  CalendarRules rules;
  rules.weekly_days_off = {0};  // Sunday only
  const WorkingCalendar calendar(rules);
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 11, 21)));
  EXPECT_EQ(calendar.add_working_minutes(at("2026-11-20T16:00"), 120), at("2026-11-21T08:30"));
}

TEST(Calendar, CustomPeriods) {
  CalendarRules rules;
  // Out of order on purpose: the calendar orders them.
  rules.periods = {{13 * 60 + 30, 17 * 60}, {7 * 60, 11 * 60 + 30}};
  const WorkingCalendar calendar(rules);
  EXPECT_EQ(calendar.minutes_per_working_day(), 480);
  EXPECT_EQ(calendar.counting_start(at("2026-11-20T06:00")), at("2026-11-20T07:00"));
  EXPECT_EQ(calendar.due_after_working_days(at("2026-11-20T07:00"), 1), at("2026-11-20T17:00"));
}

TEST(Calendar, RejectsCalendarsWithoutWorkingTime) {
  CalendarRules no_periods;
  no_periods.periods.clear();
  EXPECT_THROW(WorkingCalendar{no_periods}, std::invalid_argument);

  CalendarRules empty_period;
  empty_period.periods = {{600, 600}};
  EXPECT_THROW(WorkingCalendar{empty_period}, std::invalid_argument);

  CalendarRules overlapping;
  overlapping.periods = {{450, 700}, {690, 1020}};
  EXPECT_THROW(WorkingCalendar{overlapping}, std::invalid_argument);

  CalendarRules past_midnight;
  past_midnight.periods = {{1200, 1441}};
  EXPECT_THROW(WorkingCalendar{past_midnight}, std::invalid_argument);

  CalendarRules negative;
  negative.periods = {{-10, 100}};
  EXPECT_THROW(WorkingCalendar{negative}, std::invalid_argument);

  CalendarRules all_off;
  all_off.weekly_days_off = {0, 1, 2, 3, 4, 5, 6};
  EXPECT_THROW(WorkingCalendar{all_off}, std::invalid_argument);

  CalendarRules bad_date;
  bad_date.days = {holiday(ymd(2026, 2, 30))};
  EXPECT_THROW(WorkingCalendar{bad_date}, std::invalid_argument);

  CalendarRules bad_weekday;
  bad_weekday.weekly_days_off = {7};
  EXPECT_THROW(WorkingCalendar{bad_weekday}, std::invalid_argument);
}

TEST(Calendar, AdjacentPeriodsAreAccepted) {
  CalendarRules rules;
  rules.periods = {{480, 720}, {720, 960}};
  const WorkingCalendar calendar(rules);
  EXPECT_EQ(calendar.minutes_per_working_day(), 480);
  EXPECT_EQ(calendar.add_working_minutes(at("2026-11-20T11:00"), 120), at("2026-11-20T13:00"));
}

TEST(CountingStart, InsideAPeriodIsItself) {
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T09:00")), at("2026-11-20T09:00"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T07:30")), at("2026-11-20T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T13:30")), at("2026-11-20T13:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T16:59:59")), at("2026-11-20T16:59:59"));
}

TEST(CountingStart, BeforeOpeningAndDuringLunch) {
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T07:29")), at("2026-11-20T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T00:00")), at("2026-11-20T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T11:30")), at("2026-11-20T13:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T12:15")), at("2026-11-20T13:30"));
}

TEST(CountingStart, AfterClosingIsTheNextWorkingMorning) {
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T17:00")), at("2026-11-23T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-20T23:59")), at("2026-11-23T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-22T10:00")), at("2026-11-23T07:30"));
  EXPECT_EQ(kDefault.counting_start(at("2026-11-19T17:30")), at("2026-11-20T07:30"));
}

TEST(CountingStart, SkipsHolidaysAndUsesMakeUpDays) {
  EXPECT_EQ(kTet.counting_start(at("2027-02-03T17:05")), at("2027-02-11T07:30"));
  EXPECT_EQ(kTet.counting_start(at("2027-02-06T09:00")), at("2027-02-11T07:30"));
  EXPECT_EQ(kTet.counting_start(at("2027-02-20T09:00")), at("2027-02-20T09:00"));
  EXPECT_EQ(kTet.counting_start(at("2027-02-19T17:30")), at("2027-02-20T07:30"));
}

TEST(AddWorkingMinutes, ZeroIsIdentity) {
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-22T10:00"), 0), at("2026-11-22T10:00"));
}

TEST(AddWorkingMinutes, WithinAndAcrossPeriods) {
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T09:00"), 60), at("2026-11-23T10:00"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T11:00"), 30), at("2026-11-23T11:30"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T11:00"), 31), at("2026-11-23T13:31"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T16:00"), 60), at("2026-11-23T17:00"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T16:00"), 61), at("2026-11-24T07:31"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-20T16:55"), 450), at("2026-11-23T16:55"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-22T10:00"), 1), at("2026-11-23T07:31"));
}

TEST(AddWorkingMinutes, KeepsSeconds) {
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T11:29:30"), 1), at("2026-11-23T13:30:30"));
}

TEST(AddWorkingMinutes, NegativeWalksBackwards) {
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T08:30"), -60), at("2026-11-23T07:30"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T08:30"), -61), at("2026-11-20T16:59"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T13:30"), -30), at("2026-11-23T11:00"));
  EXPECT_EQ(kDefault.add_working_minutes(at("2026-11-23T20:00"), -450), at("2026-11-23T07:30"));
  EXPECT_EQ(kTet.add_working_minutes(at("2027-02-11T08:00"), -60), at("2027-02-03T16:30"));
}

TEST(AddWorkingMinutes, AbsurdAmountsAreRejected) {
  const Instant from = at("2026-11-23T08:00");
  EXPECT_THROW(kDefault.add_working_minutes(from, std::numeric_limits<long long>::max()),
               std::out_of_range);
  EXPECT_THROW(kDefault.add_working_minutes(from, std::numeric_limits<long long>::min()),
               std::out_of_range);
}

TEST(AddWorkingMinutes, MakeUpSaturdayCounts) {
  EXPECT_EQ(kTet.add_working_minutes(at("2027-02-19T16:00"), 120), at("2027-02-20T08:30"));
}

TEST(DueAfterWorkingDays, FridayAfternoon) {
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T16:55"), 1), at("2026-11-23T16:55"));
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T16:55"), 3), at("2026-11-25T16:55"));
}

TEST(DueAfterWorkingDays, AfterClosingCountsFromTheNextMorning) {
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T17:10"), 1), at("2026-11-23T17:00"));
  // Lunch: counting starts at 13:30; the day's last 240 minutes end exactly at Monday's 11:30.
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T12:00"), 1), at("2026-11-23T11:30"));
}

TEST(DueAfterWorkingDays, AcrossTet) {
  // Wednesday 3 Feb 10:00 with 2 days: 3 Feb, then 11 Feb (Thursday) and 12 Feb until 10:00.
  EXPECT_EQ(kTet.due_after_working_days(at("2027-02-03T10:00"), 2), at("2027-02-12T10:00"));
}

TEST(DueAfterWorkingDays, ZeroDaysIsClosingTimeOfTheDay) {
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T09:00"), 0), at("2026-11-20T17:00"));
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-20T17:30"), 0), at("2026-11-23T17:00"));
}

TEST(DueAfterWorkingDays, NegativeIsRejected) {
  EXPECT_THROW(kDefault.due_after_working_days(at("2026-11-20T09:00"), -1), std::invalid_argument);
}

TEST(DueAfterWorkingDays, FortyFiveDays) {
  // From Monday 07:30, 45 working days are exactly 9 weeks: Friday of the ninth week at 17:00.
  EXPECT_EQ(kDefault.due_after_working_days(at("2026-11-23T07:30"), 45), at("2027-01-22T17:00"));
}

TEST(DueAfterWorkingDays, HugeCountsAreFast) {
  // A million working days from Monday morning: 200 000 weeks, ending on a Friday at 17:00.
  const auto monday = ymd(2026, 11, 23);
  const auto friday = LocalDate{sys_days{monday} + std::chrono::days{200000 * 7 - 3}};
  EXPECT_EQ(kDefault.due_after_working_days(from_local(monday, 450), 1000000),
            from_local(friday, 17 * 60));
  EXPECT_EQ(kDefault.add_working_minutes(from_local(friday, 17 * 60), -1000000LL * 450),
            from_local(monday, 450));
  // Tết 2027 takes 5 weekdays and gives back 1 Saturday: 4 more working days, Thursday next week.
  const auto thursday = LocalDate{sys_days{friday} + std::chrono::days{6}};
  EXPECT_EQ(kTet.due_after_working_days(from_local(monday, 450), 1000000),
            from_local(thursday, 17 * 60));
  EXPECT_EQ(kTet.add_working_minutes(from_local(thursday, 17 * 60), -1000000LL * 450),
            from_local(monday, 450));
}

TEST(WorkingMinutesBetween, CountsOnlyWorkingTime) {
  EXPECT_EQ(kDefault.working_minutes_between(at("2026-11-20T16:00"), at("2026-11-23T08:30")), 120);
  EXPECT_EQ(kDefault.working_minutes_between(at("2026-11-23T11:00"), at("2026-11-23T14:00")), 60);
  EXPECT_EQ(kDefault.working_minutes_between(at("2026-11-23T07:30"), at("2026-11-27T17:00")),
            5 * 450);
  EXPECT_EQ(kDefault.working_minutes_between(at("2026-11-23T14:00"), at("2026-11-23T11:00")), 0);
  EXPECT_EQ(kTet.working_minutes_between(at("2027-02-03T17:00"), at("2027-02-11T07:30")), 0);
  EXPECT_EQ(kTet.working_minutes_between(at("2027-02-03T16:00"), at("2027-02-11T08:00")), 90);
}

// A minute-by-minute reference, slow but obviously right, to check the day-skipping arithmetic.
bool working_minute(const WorkingCalendar& calendar, Instant minute_start) {
  const auto local = to_local(minute_start);
  if (!calendar.is_working_day(local.date)) return false;
  for (const auto& p : calendar.rules().periods)
    if (local.minute_of_day >= p.start_minute && local.minute_of_day < p.end_minute) return true;
  return false;
}

Instant reference_add(const WorkingCalendar& calendar, Instant from, long long amount) {
  Instant t = from;
  for (long long left = amount; left > 0; t += minutes{1})
    if (working_minute(calendar, t)) --left;
  for (long long left = -amount; left > 0;) {
    t -= minutes{1};
    if (working_minute(calendar, t)) --left;
  }
  return t;
}

long long reference_between(const WorkingCalendar& calendar, Instant from, Instant to) {
  long long count = 0;
  for (Instant t = from; t < to; t += minutes{1}) count += working_minute(calendar, t) ? 1 : 0;
  return count;
}

TEST(Calendar, MatchesTheMinuteByMinuteReference) {
  const Instant first = at("2027-02-01T00:00");
  const Instant last = at("2027-02-22T00:00");
  for (Instant from = first; from < last; from += minutes{419}) {
    for (long long amount : {1LL, 29LL, 450LL, 451LL, 1000LL, 2300LL, -1LL, -451LL, -2300LL}) {
      EXPECT_EQ(kTet.add_working_minutes(from, amount), reference_add(kTet, from, amount))
          << format_iso(from) << " " << amount;
    }
    const Instant to = from + minutes{4321};
    EXPECT_EQ(kTet.working_minutes_between(from, to), reference_between(kTet, from, to))
        << format_iso(from);
  }
}

}  // namespace
}  // namespace motcua::core
