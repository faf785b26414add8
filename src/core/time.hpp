#pragma once
// Instants are UTC; the calendar and every display use Asia/Ho_Chi_Minh (+07:00, no DST), so a
// fixed offset is exact and no time-zone database is needed.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::core {

using Instant = std::chrono::sys_seconds;
using LocalDate = std::chrono::year_month_day;

inline constexpr std::chrono::hours kVietnamOffset{7};

// Minutes since local midnight, and the local calendar date, of an instant in Vietnam.
struct LocalDateTime {
  LocalDate date;
  int minute_of_day = 0;
};

LocalDateTime to_local(Instant at);
Instant from_local(LocalDate date, int minute_of_day);

// "2026-11-22T09:30:00+07:00": the API's format.
std::string format_iso(Instant at);
// Accepts an offset (Z, +07:00, +0700) or none, in which case local Vietnam time is meant.
std::optional<Instant> parse_iso(std::string_view text);
// "2026-11-22"
std::string format_date(LocalDate date);
std::optional<LocalDate> parse_date(std::string_view text);
// "09:30 22/11/2026": the format of the standard forms and the pages.
std::string format_display(Instant at);
// "22/11/2026"
std::string format_display_date(LocalDate date);

}  // namespace motcua::core
