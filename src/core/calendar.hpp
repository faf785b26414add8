#pragma once
// The working-day calendar: which minutes count towards a dossier's deadline.
// Decree 61/2018 Art 18 and D118: time limits are in working days; weekends and public holidays do
// not count; intake after closing counts from the next working morning (requirements §2.3).
#include <set>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace motcua::core {

struct WorkingPeriod {
  int start_minute = 0;  // minutes after local midnight
  int end_minute = 0;
};

enum class CalendarDayKind {
  holiday,          // a public holiday or a compensatory day off (nghỉ bù): no work
  make_up_working,  // a weekend day declared a working day (làm bù)
};

struct CalendarDay {
  LocalDate date;
  std::string name;
  CalendarDayKind kind = CalendarDayKind::holiday;
};

// A versioned rule set: provinces configure it, a dossier keeps the one in force at reception.
struct CalendarRules {
  std::vector<WorkingPeriod> periods{{7 * 60 + 30, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}};
  // std::chrono::weekday c_encoding: Sunday 0, Saturday 6.
  std::set<unsigned> weekly_days_off{0, 6};
  std::vector<CalendarDay> days;
};

class WorkingCalendar {
 public:
  // Throws std::invalid_argument for periods that are missing, empty, overlapping or outside one
  // day, a weekday number above 6, an invalid date, or a week with no working day at all.
  explicit WorkingCalendar(CalendarRules rules);

  bool is_working_day(LocalDate date) const;
  // Working minutes in one working day (7.5 h with the default periods).
  int minutes_per_working_day() const;
  // The instant counting starts for something that arrives at `at`: `at` itself inside a working
  // period, otherwise the start of the next one.
  Instant counting_start(Instant at) const;
  // Advance `minutes` of working time from `from`. A result that lands on the end of a period stays
  // there (17:00 rather than the next morning). Negative minutes walk backwards (a result on the
  // start of a period stays there). Whole working days are skipped without visiting each minute.
  Instant add_working_minutes(Instant from, long long minutes) const;
  // Due date: counting_start(at) advanced by `working_days` full working days. 0 working days (a
  // procedure settled within the day) is closing time of the day counting starts on; a negative
  // count throws std::invalid_argument.
  Instant due_after_working_days(Instant at, int working_days) const;
  // Working minutes between two instants (0 if `to` is not after `from`).
  long long working_minutes_between(Instant from, Instant to) const;

  const CalendarRules& rules() const { return rules_; }

 private:
  CalendarRules rules_;
  std::set<int> holidays_;  // days since epoch
  std::set<int> make_up_;   // days since epoch
};

}  // namespace motcua::core
