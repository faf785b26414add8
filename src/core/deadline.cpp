#include "core/deadline.hpp"

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

// Working minutes from `from` to `to`, negative when `to` is already past: a dossier paused after
// its due date keeps its lateness instead of being granted fresh time.
long long signed_working_minutes(const WorkingCalendar& calendar, Instant from, Instant to) {
  if (from <= to) return calendar.working_minutes_between(from, to);
  return -calendar.working_minutes_between(to, from);
}

}  // namespace

DeadlineClock start_clock(const WorkingCalendar& calendar, Instant received_at, int working_days) {
  DeadlineClock clock;
  clock.received_at = received_at;
  clock.due_at = calendar.due_after_working_days(received_at, working_days);
  return clock;
}

DeadlineClock pause_clock(const WorkingCalendar& calendar, DeadlineClock clock, Instant at) {
  // A supplement at reception comes before the clock starts; a second pause changes nothing.
  if (!clock.due_at || clock.paused_at) return clock;
  clock.paused_at = at;
  clock.remaining_minutes = signed_working_minutes(calendar, at, *clock.due_at);
  return clock;
}

DeadlineClock resume_clock(const WorkingCalendar& calendar, DeadlineClock clock, Instant at) {
  if (!clock.paused_at) return clock;
  // Decree 61/2018 Art 18 (requirements §2.3): the time already used counts towards
  // the total and the wait for the citizen does not, so the time that was left when the request
  // went out starts again from the answer. It is measured from the pause to the due date as it
  // stands now, so that a new date promised by an apology (Mẫu 04) during the wait is honoured;
  // with no apology this equals remaining_minutes. A late dossier stays late by the same amount.
  const long long left = clock.due_at
                             ? signed_working_minutes(calendar, *clock.paused_at, *clock.due_at)
                             : clock.remaining_minutes;
  clock.due_at = calendar.add_working_minutes(calendar.counting_start(at), left);
  clock.paused_at.reset();
  clock.remaining_minutes = 0;
  return clock;
}

DeadlineClock reschedule(DeadlineClock clock, Instant new_due_at) {
  // Decree 61/2018 Art 18 (requirements §2.3): the apology (Mẫu 04) sets a new date for the
  // result; that it happens only once is the lifecycle's rule (LifecycleState::apologized).
  clock.due_at = new_due_at;
  return clock;
}

Timeliness timeliness(Instant due_at, Instant finished_at) {
  if (finished_at > due_at) return Timeliness::late;
  // Early (trước hạn) is a whole working day ahead: finished on a date before the due date.
  if (to_local(finished_at).date < to_local(due_at).date) return Timeliness::early;
  return Timeliness::on_time;
}

bool is_overdue(const DeadlineClock& clock, Instant now) {
  // While the citizen must act the clock does not run, so nothing can fall overdue.
  return clock.due_at && !clock.paused_at && now > *clock.due_at;
}

namespace {
constexpr detail::NameTable<Timeliness, 3> kTimelinessNames{{
    {Timeliness::early, "early"},
    {Timeliness::on_time, "on_time"},
    {Timeliness::late, "late"},
}};
}  // namespace

std::string_view timeliness_name(Timeliness value) {
  return detail::name_of(kTimelinessNames, value);
}

Instant due_soon_limit(const WorkingCalendar& calendar, Instant now) {
  return calendar.add_working_minutes(now, calendar.minutes_per_working_day());
}

}  // namespace motcua::core
