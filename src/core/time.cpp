#include "core/time.hpp"

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

std::string two(unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02u", value % 100);
  return buffer;
}

std::string year_text(LocalDate date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(date.year()));
  return buffer;
}

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
  return format_date(parts.date) + "T" + two(s / 3600) + ":" + two(s / 60 % 60) + ":" +
         two(s % 60) + "+07:00";
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

std::string format_date(LocalDate date) {
  return year_text(date) + "-" + two(static_cast<unsigned>(date.month())) + "-" +
         two(static_cast<unsigned>(date.day()));
}

std::optional<LocalDate> parse_date(std::string_view text) {
  Cursor in{text};
  const auto date = read_date(in);
  if (!date || !in.done()) return std::nullopt;
  return date;
}

// Every page shows several of these; one formatted write instead of a string per part.
std::string format_display(Instant at) {
  const auto parts = split_local(at);
  const auto s = static_cast<unsigned>(parts.second_of_day);
  char buffer[32];
  const int length =
      std::snprintf(buffer, sizeof buffer, "%02u:%02u %02u/%02u/%04d", s / 3600 % 100, s / 60 % 60,
                    static_cast<unsigned>(parts.date.day()),
                    static_cast<unsigned>(parts.date.month()), static_cast<int>(parts.date.year()));
  return {buffer, static_cast<std::size_t>(length)};
}

std::string format_display_date(LocalDate date) {
  char buffer[16];
  const int length =
      std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", static_cast<unsigned>(date.day()),
                    static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
  return {buffer, static_cast<std::size_t>(length)};
}

}  // namespace motcua::core
