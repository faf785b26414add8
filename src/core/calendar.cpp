#include "core/calendar.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

namespace motcua::core {

namespace {

using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;

constexpr long long kSecondsPerDay = 24 * 60 * 60;
constexpr long long kSecondsPerMinute = 60;
// Far beyond any time limit (about two million years), and far from overflowing the arithmetic.
constexpr long long kMaxMinutes = 1'000'000'000'000;

// Days are numbered from 1970-01-01 (local dates, so day n runs from n×86400 s in local time).
using DayNumber = long long;

DayNumber day_number(LocalDate date) { return sys_days{date}.time_since_epoch().count(); }

unsigned weekday_of(DayNumber day) {
  return std::chrono::weekday{sys_days{days{day}}}.c_encoding();
}

// A point in Vietnamese local time: the day and the seconds since its midnight.
struct LocalPoint {
  DayNumber day = 0;
  long long second = 0;
};

LocalPoint local_point(Instant at) {
  const long long local = at.time_since_epoch().count() + seconds{kVietnamOffset}.count();
  const long long day =
      local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
  return {day, local - day * kSecondsPerDay};
}

Instant instant_of(DayNumber day, long long second_of_day) {
  return Instant{seconds{day * kSecondsPerDay + second_of_day - seconds{kVietnamOffset}.count()}};
}

std::vector<WorkingPeriod> checked_periods(std::vector<WorkingPeriod> periods) {
  if (periods.empty()) throw std::invalid_argument("calendar: no working periods");
  std::sort(periods.begin(), periods.end(),
            [](const auto& a, const auto& b) { return a.start_minute < b.start_minute; });
  int previous_end = 0;
  for (const auto& p : periods) {
    if (p.start_minute < previous_end || p.end_minute <= p.start_minute || p.end_minute > 24 * 60)
      throw std::invalid_argument(
          "calendar: working periods must be ordered, disjoint, in one day");
    previous_end = p.end_minute;
  }
  return periods;
}

void check_days_off(const std::set<unsigned>& days_off) {
  for (unsigned d : days_off)
    if (d > 6) throw std::invalid_argument("calendar: weekday out of range");
  // Without a single working weekday no deadline could ever be reached.
  if (days_off.size() >= 7) throw std::invalid_argument("calendar: every weekday is a day off");
}

// The arithmetic of one calendar, in seconds of local time. Kept apart from the class so that the
// public header stays a contract and carries no helpers.
class Walker {
 public:
  Walker(const CalendarRules& rules, const std::set<int>& holidays, const std::set<int>& make_up)
      : periods_(rules.periods), holidays_(holidays), make_up_(make_up) {
    for (unsigned d : rules.weekly_days_off) off_[d] = true;
    working_per_week_ = 7 - static_cast<long long>(rules.weekly_days_off.size());
    for (const auto& p : periods_)
      day_seconds_ += (p.end_minute - p.start_minute) * kSecondsPerMinute;
  }

  long long day_seconds() const { return day_seconds_; }

  // A declared holiday wins over everything; a make-up day turns a weekly day off into work.
  bool working(DayNumber day) const {
    if (holidays_.count(static_cast<int>(day))) return false;
    return make_up_.count(static_cast<int>(day)) || !off_[weekday_of(day)];
  }

  // Working days in [first, last), without visiting each day: whole weeks are counted from the
  // weekly pattern, then the declared days inside the range correct the count.
  long long count_working(DayNumber first, DayNumber last) const {
    if (last <= first) return 0;
    const long long weeks = (last - first) / 7;
    long long count = weeks * working_per_week_;
    for (DayNumber d = first + weeks * 7; d < last; ++d) count += off_[weekday_of(d)] ? 0 : 1;
    for (auto it = holidays_.lower_bound(static_cast<int>(first));
         it != holidays_.end() && *it < last; ++it)
      count -= off_[weekday_of(*it)] ? 0 : 1;
    for (auto it = make_up_.lower_bound(static_cast<int>(first));
         it != make_up_.end() && *it < last; ++it)
      count += (off_[weekday_of(*it)] && !holidays_.count(*it)) ? 1 : 0;
    return count;
  }

  // Seconds worked on `day` between two seconds of that day.
  long long worked(DayNumber day, long long from, long long to) const {
    if (!working(day)) return 0;
    long long total = 0;
    for (const auto& p : periods_) {
      const long long start = std::max(from, p.start_minute * kSecondsPerMinute);
      const long long end = std::min(to, p.end_minute * kSecondsPerMinute);
      if (end > start) total += end - start;
    }
    return total;
  }

  Instant counting_start(Instant at) const {
    auto [day, second] = local_point(at);
    if (working(day)) {
      for (const auto& p : periods_) {
        // A period is [start, end): at closing time the desk is already shut.
        if (second < p.end_minute * kSecondsPerMinute)
          return instant_of(day, std::max(second, p.start_minute * kSecondsPerMinute));
      }
    }
    do {
      ++day;
    } while (!working(day));
    return instant_of(day, periods_.front().start_minute * kSecondsPerMinute);
  }

  Instant forward(Instant from, long long amount) const {
    auto [day, second] = local_point(from);
    if (auto at = consume_forward(day, second, amount)) return *at;
    // Whole working days are skipped in one step; the last (partial or full) day is walked.
    const long long whole = (amount - 1) / day_seconds_;
    day = skip_forward(day + 1, whole);
    amount -= whole * day_seconds_;
    for (;; ++day)
      if (auto at = consume_forward(day, 0, amount)) return *at;
  }

  Instant backward(Instant from, long long amount) const {
    auto [day, second] = local_point(from);
    if (auto at = consume_backward(day, second, amount)) return *at;
    const long long whole = (amount - 1) / day_seconds_;
    day = skip_backward(day - 1, whole);
    amount -= whole * day_seconds_;
    for (;; --day)
      if (auto at = consume_backward(day, kSecondsPerDay, amount)) return *at;
  }

  long long between(Instant from, Instant to) const {
    if (to <= from) return 0;
    const auto a = local_point(from);
    const auto b = local_point(to);
    if (a.day == b.day) return worked(a.day, a.second, b.second);
    return worked(a.day, a.second, kSecondsPerDay) +
           count_working(a.day + 1, b.day) * day_seconds_ + worked(b.day, 0, b.second);
  }

  Instant end_of_working_day(Instant at) const {
    return instant_of(local_point(at).day, periods_.back().end_minute * kSecondsPerMinute);
  }

 private:
  // Spends `amount` seconds of `day` from `second` on; the instant if it runs out that day.
  // Running out exactly at a period's end stays at that end (17:00, not the next morning).
  std::optional<Instant> consume_forward(DayNumber day, long long second, long long& amount) const {
    if (!working(day)) return std::nullopt;
    for (const auto& p : periods_) {
      const long long start = std::max(second, p.start_minute * kSecondsPerMinute);
      const long long end = p.end_minute * kSecondsPerMinute;
      if (end <= start) continue;
      if (amount <= end - start) return instant_of(day, start + amount);
      amount -= end - start;
    }
    return std::nullopt;
  }

  std::optional<Instant> consume_backward(DayNumber day, long long second,
                                          long long& amount) const {
    if (!working(day)) return std::nullopt;
    for (auto p = periods_.rbegin(); p != periods_.rend(); ++p) {
      const long long start = p->start_minute * kSecondsPerMinute;
      const long long end = std::min(second, p->end_minute * kSecondsPerMinute);
      if (end <= start) continue;
      if (amount <= end - start) return instant_of(day, end - amount);
      amount -= end - start;
    }
    return std::nullopt;
  }

  // A day d such that [day, d) holds exactly `count` working days.
  DayNumber skip_forward(DayNumber day, long long count) const {
    while (count > 0) {
      const long long weeks = count / working_per_week_;
      if (weeks > 0) {
        const long long found = count_working(day, day + weeks * 7);
        if (found <= count) {
          day += weeks * 7;
          count -= found;
          continue;
        }
      }
      if (working(day)) --count;
      ++day;
    }
    return day;
  }

  // A day d such that (d, day] holds exactly `count` working days.
  DayNumber skip_backward(DayNumber day, long long count) const {
    while (count > 0) {
      const long long weeks = count / working_per_week_;
      if (weeks > 0) {
        const long long found = count_working(day - weeks * 7 + 1, day + 1);
        if (found <= count) {
          day -= weeks * 7;
          count -= found;
          continue;
        }
      }
      if (working(day)) --count;
      --day;
    }
    return day;
  }

  const std::vector<WorkingPeriod>& periods_;
  const std::set<int>& holidays_;
  const std::set<int>& make_up_;
  std::array<bool, 7> off_{};
  long long working_per_week_ = 0;
  long long day_seconds_ = 0;
};

}  // namespace

WorkingCalendar::WorkingCalendar(CalendarRules rules) : rules_(std::move(rules)) {
  rules_.periods = checked_periods(std::move(rules_.periods));
  check_days_off(rules_.weekly_days_off);
  for (const auto& day : rules_.days) {
    if (!day.date.ok()) throw std::invalid_argument("calendar: invalid date in the day list");
    auto& target = day.kind == CalendarDayKind::holiday ? holidays_ : make_up_;
    target.insert(static_cast<int>(day_number(day.date)));
  }
}

bool WorkingCalendar::is_working_day(LocalDate date) const {
  return Walker(rules_, holidays_, make_up_).working(day_number(date));
}

int WorkingCalendar::minutes_per_working_day() const {
  return static_cast<int>(Walker(rules_, holidays_, make_up_).day_seconds() / kSecondsPerMinute);
}

Instant WorkingCalendar::counting_start(Instant at) const {
  return Walker(rules_, holidays_, make_up_).counting_start(at);
}

Instant WorkingCalendar::add_working_minutes(Instant from, long long minutes) const {
  if (minutes > kMaxMinutes || minutes < -kMaxMinutes)
    throw std::out_of_range("calendar: working minutes out of range");
  const Walker walker(rules_, holidays_, make_up_);
  if (minutes > 0) return walker.forward(from, minutes * kSecondsPerMinute);
  if (minutes < 0) return walker.backward(from, -minutes * kSecondsPerMinute);
  return from;
}

Instant WorkingCalendar::due_after_working_days(Instant at, int working_days) const {
  if (working_days < 0) throw std::invalid_argument("calendar: negative number of working days");
  const Walker walker(rules_, holidays_, make_up_);
  const Instant start = walker.counting_start(at);
  // A procedure settled "within the day" (0 working days) is due at closing time of the working day
  // on which counting starts, not at the very instant it was received.
  if (working_days == 0) return walker.end_of_working_day(start);
  return walker.forward(start, static_cast<long long>(working_days) * walker.day_seconds());
}

long long WorkingCalendar::working_minutes_between(Instant from, Instant to) const {
  return Walker(rules_, holidays_, make_up_).between(from, to) / kSecondsPerMinute;
}

}  // namespace motcua::core
