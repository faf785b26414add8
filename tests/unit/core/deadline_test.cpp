#include "core/deadline.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using testing::at;

const WorkingCalendar kCalendar{CalendarRules{}};

// Received Monday 23 Nov 2026 09:00 with 5 working days: due Monday 30 Nov 09:00.
DeadlineClock five_day_clock() { return start_clock(kCalendar, at("2026-11-23T09:00"), 5); }

TEST(Deadline, StartSetsReceivedAndDue) {
  const auto clock = start_clock(kCalendar, at("2026-11-20T16:56"), 3);
  EXPECT_EQ(clock.received_at, at("2026-11-20T16:56"));
  EXPECT_EQ(clock.due_at, at("2026-11-25T16:56"));
  EXPECT_FALSE(clock.paused_at);
  EXPECT_EQ(five_day_clock().due_at, at("2026-11-30T09:00"));
}

TEST(Deadline, PauseKeepsTheWorkingTimeLeft) {
  const auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-25T10:00"));
  EXPECT_EQ(clock.paused_at, at("2026-11-25T10:00"));
  // Wed 10:00–17:00 (300) + Thu (450) + Fri (450) + Mon 07:30–09:00 (90).
  EXPECT_EQ(clock.remaining_minutes, 1290);
  EXPECT_EQ(clock.due_at, at("2026-11-30T09:00"));
}

TEST(Deadline, ResumeCountsOnlyTheTimeLeft) {
  auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-25T10:00"));
  clock = resume_clock(kCalendar, clock, at("2026-12-03T14:00"));
  // Thu 14:00–17:00 (180) + Fri (450) + Mon (450) + Tue 07:30–11:00 (210) = 1290.
  EXPECT_EQ(clock.due_at, at("2026-12-08T11:00"));
  EXPECT_FALSE(clock.paused_at);
  EXPECT_EQ(clock.received_at, at("2026-11-23T09:00"));
}

TEST(Deadline, ResumeAfterClosingCountsFromTheNextMorning) {
  auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-25T10:00"));
  clock = resume_clock(kCalendar, clock, at("2026-12-03T18:00"));
  // Fri (450) + Mon (450) + Tue 07:30–11:30 (240) and 13:30–16:00 (150).
  EXPECT_EQ(clock.due_at, at("2026-12-08T16:00"));
}

TEST(Deadline, PauseBeforeReceptionDoesNothing) {
  const DeadlineClock not_started;
  const auto clock = pause_clock(kCalendar, not_started, at("2026-11-25T10:00"));
  EXPECT_FALSE(clock.paused_at);
  EXPECT_FALSE(clock.due_at);
}

TEST(Deadline, SecondPauseKeepsTheFirst) {
  auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-25T10:00"));
  clock = pause_clock(kCalendar, clock, at("2026-11-27T10:00"));
  EXPECT_EQ(clock.paused_at, at("2026-11-25T10:00"));
  EXPECT_EQ(clock.remaining_minutes, 1290);
}

TEST(Deadline, ResumeWithoutPauseDoesNothing) {
  const auto clock = resume_clock(kCalendar, five_day_clock(), at("2026-11-27T10:00"));
  EXPECT_EQ(clock.due_at, at("2026-11-30T09:00"));
}

TEST(Deadline, PausedAfterTheDueDateStaysLate) {
  auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-30T10:00"));
  EXPECT_EQ(clock.remaining_minutes, -60);
  clock = resume_clock(kCalendar, clock, at("2026-12-02T09:00"));
  // Still 60 working minutes late on resumption.
  EXPECT_EQ(clock.due_at, at("2026-12-02T08:00"));
  EXPECT_TRUE(is_overdue(clock, at("2026-12-02T09:00")));
}

TEST(Deadline, RescheduleMovesTheDueDate) {
  const auto clock = reschedule(five_day_clock(), at("2026-12-04T17:00"));
  EXPECT_EQ(clock.due_at, at("2026-12-04T17:00"));
  EXPECT_EQ(clock.received_at, at("2026-11-23T09:00"));
}

TEST(Deadline, ApologyDuringAPauseIsHonouredOnResume) {
  auto clock = pause_clock(kCalendar, five_day_clock(), at("2026-11-25T10:00"));
  // Two working days more than the original Monday 30 Nov 09:00.
  clock = reschedule(clock, at("2026-12-02T09:00"));
  clock = resume_clock(kCalendar, clock, at("2026-12-03T14:00"));
  // 1290 + 900 = 2190 minutes from Thu 3 Dec 14:00: 180, 450 × 4 (Fri, Mon, Tue, Wed), then 210.
  EXPECT_EQ(clock.due_at, at("2026-12-10T11:00"));
}

TEST(Timeliness, EarlyOnTimeLate) {
  const Instant due = at("2026-11-25T16:56");
  EXPECT_EQ(timeliness(due, at("2026-11-24T17:00")), Timeliness::early);
  EXPECT_EQ(timeliness(due, at("2026-11-24T23:59")), Timeliness::early);
  EXPECT_EQ(timeliness(due, at("2026-11-25T00:00")), Timeliness::on_time);
  EXPECT_EQ(timeliness(due, at("2026-11-25T16:56")), Timeliness::on_time);
  EXPECT_EQ(timeliness(due, at("2026-11-25T16:57")), Timeliness::late);
  EXPECT_EQ(timeliness(due, at("2026-11-26T08:00")), Timeliness::late);
}

TEST(Overdue, OnlyARunningClockPastItsDueDate) {
  EXPECT_FALSE(is_overdue(DeadlineClock{}, at("2030-01-01T00:00")));
  const auto clock = five_day_clock();
  EXPECT_FALSE(is_overdue(clock, at("2026-11-30T08:59")));
  EXPECT_FALSE(is_overdue(clock, at("2026-11-30T09:00")));
  EXPECT_TRUE(is_overdue(clock, at("2026-11-30T09:01")));
  const auto paused = pause_clock(kCalendar, clock, at("2026-11-30T10:00"));
  EXPECT_FALSE(is_overdue(paused, at("2026-12-01T10:00")));
}

}  // namespace
}  // namespace motcua::core
