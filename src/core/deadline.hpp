#pragma once
// The deadline clock of one dossier. Reception starts it; a supplement request during appraisal
// pauses it and the citizen's answer resumes it with the time that was left (Decree 61/2018 Art 18:
// time already used counts towards the total); an apology moves the due date once (Mẫu 04).
#include <optional>
#include <string_view>

#include "core/calendar.hpp"
#include "core/time.hpp"

namespace motcua::core {

struct DeadlineClock {
  std::optional<Instant> received_at;
  std::optional<Instant> due_at;
  std::optional<Instant> paused_at;
  long long remaining_minutes = 0;  // working minutes left when paused
};

DeadlineClock start_clock(const WorkingCalendar& calendar, Instant received_at, int working_days);
// Records the pause and the working minutes left until the due date, negative when already late.
// A clock not yet started or already paused is returned unchanged.
DeadlineClock pause_clock(const WorkingCalendar& calendar, DeadlineClock clock, Instant at);
// due_at = counting_start(at) + the working minutes left between the pause and the due date as it
// stands (so a date moved by an apology during the pause is kept); a late dossier stays late by the
// same working time. A clock that is not paused is returned unchanged.
DeadlineClock resume_clock(const WorkingCalendar& calendar, DeadlineClock clock, Instant at);
DeadlineClock reschedule(DeadlineClock clock, Instant new_due_at);

enum class Timeliness { early, on_time, late };  // trước hạn / đúng hạn / quá hạn
// Early means finished before the due date's working day.
Timeliness timeliness(Instant due_at, Instant finished_at);
std::string_view timeliness_name(Timeliness value);  // early, on_time, late
bool is_overdue(const DeadlineClock& clock, Instant now);
// Work due before this instant is "nearly due" (sắp đến hạn): within one working day of `now`.
Instant due_soon_limit(const WorkingCalendar& calendar, Instant now);

}  // namespace motcua::core
