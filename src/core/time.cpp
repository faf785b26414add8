#include "core/time.hpp"

#include <algorithm>
#include <cstdio>

namespace motcua::core {

namespace {

using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;

// A small cursor over the text being parsed: every reader consumes exactly what it accepts.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;

  bool done() const { return pos == text.size(); }
  bool peek(char c) const { return pos < text.size() && text[pos] == c; }
  bool take(char c) {
    if (!peek(c)) return false;
    ++pos;
    return true;
  }
  // Exactly `width` decimal digits.
  std::optional<int> digits(std::size_t width) {
    if (text.size() - pos < width) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
      const char c = text[pos + i];
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
  }
};

std::optional<LocalDate> read_date(Cursor& in) {
  const auto year = in.digits(4);
  if (!year || !in.take('-')) return std::nullopt;
  const auto month = in.digits(2);
  if (!month || !in.take('-')) return std::nullopt;
  const auto day = in.digits(2);
  if (!day) return std::nullopt;
  const LocalDate date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                       std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;  // rejects 2026-02-30, month 13, day 00
  return date;
}

// Seconds after local midnight for "HH:MM[:SS][.fff]"; fractions of a second are dropped.
std::optional<int> read_clock(Cursor& in) {
  const auto hour = in.digits(2);
  if (!hour || *hour > 23 || !in.take(':')) return std::nullopt;
  const auto minute = in.digits(2);
  if (!minute || *minute > 59) return std::nullopt;
  int second = 0;
  if (in.take(':')) {
    const auto s = in.digits(2);
    if (!s || *s > 59) return std::nullopt;
    second = *s;
    if (in.take('.')) {
      if (!in.digits(1)) return std::nullopt;
      while (in.digits(1)) {
      }
    }
  }
  return (*hour * 60 + *minute) * 60 + second;
}

// Offset east of UTC in seconds: "Z", "+07:00", "+0700"; none means Vietnam local time.
std::optional<int> read_offset(Cursor& in) {
  if (in.done()) return static_cast<int>(seconds{kVietnamOffset}.count());
  if (in.take('Z')) return 0;
  int sign = 1;
  if (in.take('-')) {
    sign = -1;
  } else if (!in.take('+')) {
    return std::nullopt;
  }
  const auto hours = in.digits(2);
  if (!hours || *hours > 23) return std::nullopt;
  in.take(':');
  const auto minutes = in.digits(2);
  if (!minutes || *minutes > 59) return std::nullopt;
  return sign * (*hours * 60 + *minutes) * 60;
}

// Dates are written on every page, several times: digits put in place cost a fraction of what
// snprintf spends reading its format.
class DateText {
 public:
  DateText& digits(unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      buffer_[size_ + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    size_ += static_cast<std::size_t>(width);
    return *this;
  }
  DateText& year(std::chrono::year year) {
    const int value = static_cast<int>(year);
    if (value >= 0 && value <= 9999) return digits(static_cast<unsigned>(value), 4);
    const int length = std::snprintf(buffer_ + size_, kCapacity - size_, "%04d", value);
    size_ += static_cast<std::size_t>(std::max(length, 0));
    return *this;
  }
  DateText& put(std::string_view text) {
    for (const char c : text) buffer_[size_++] = c;
    return *this;
  }
  // Day, month and year as "dd/mm/yyyy"; as "yyyy-mm-dd" when `iso`.
  DateText& date(LocalDate date, bool iso) {
    const auto day = static_cast<unsigned>(date.day());
    const auto month = static_cast<unsigned>(date.month());
    if (iso) return year(date.year()).put("-").digits(month, 2).put("-").digits(day, 2);
    return digits(day, 2).put("/").digits(month, 2).put("/").year(date.year());
  }
  std::string str() const { return {buffer_, size_}; }

 private:
  static constexpr std::size_t kCapacity = 48;
  char buffer_[kCapacity] = {};
  std::size_t size_ = 0;
};

struct LocalSeconds {
  LocalDate date;
  long long second_of_day = 0;
};

LocalSeconds split_local(Instant at) {
  const auto local = at + seconds{kVietnamOffset};
  const auto day = std::chrono::floor<days>(local);
  return {LocalDate{day}, (local - day).count()};
}

}  // namespace

LocalDateTime to_local(Instant at) {
  const auto parts = split_local(at);
  return {parts.date, static_cast<int>(parts.second_of_day / 60)};
}

Instant from_local(LocalDate date, int minute_of_day) {
  return Instant{sys_days{date}} + std::chrono::minutes{minute_of_day} - kVietnamOffset;
}

std::string format_iso(Instant at) {
  const auto parts = split_local(at);
  const auto s = static_cast<unsigned>(parts.second_of_day);
  return DateText{}
      .date(parts.date, true)
      .put("T")
      .digits(s / 3600 % 100, 2)
      .put(":")
      .digits(s / 60 % 60, 2)
      .put(":")
      .digits(s % 60, 2)
      .put("+07:00")
      .str();
}

std::optional<Instant> parse_iso(std::string_view text) {
  Cursor in{text};
  const auto date = read_date(in);
  if (!date) return std::nullopt;
  int second_of_day = 0;
  int offset = static_cast<int>(seconds{kVietnamOffset}.count());
  // A bare date means local midnight; otherwise the time and an optional offset follow.
  if (!in.done()) {
    if (!in.take('T')) return std::nullopt;
    const auto clock = read_clock(in);
    if (!clock) return std::nullopt;
    const auto parsed_offset = read_offset(in);
    if (!parsed_offset || !in.done()) return std::nullopt;
    second_of_day = *clock;
    offset = *parsed_offset;
  }
  return Instant{sys_days{*date}} + seconds{second_of_day - offset};
}

std::string format_date(LocalDate date) { return DateText{}.date(date, true).str(); }

std::optional<LocalDate> parse_date(std::string_view text) {
  Cursor in{text};
  const auto date = read_date(in);
  if (!date || !in.done()) return std::nullopt;
  return date;
}

std::string format_display(Instant at) {
  const auto parts = split_local(at);
  const auto s = static_cast<unsigned>(parts.second_of_day);
  return DateText{}
      .digits(s / 3600 % 100, 2)
      .put(":")
      .digits(s / 60 % 60, 2)
      .put(" ")
      .date(parts.date, false)
      .str();
}

std::string format_display_date(LocalDate date) { return DateText{}.date(date, false).str(); }

}  // namespace motcua::core
