#pragma once
// The handling rules a province applies, kept as data and versioned by effective date like the
// calendar (requirements §13.3): which repeats the law allows, how early an apology must come, and
// the hour after which paper received at the desk goes to the handling units the next morning.
#include "core/calendar.hpp"
#include "core/dossier.hpp"
#include "core/lifecycle.hpp"
#include "core/time.hpp"

namespace motcua::core {

struct HandlingRules {
  // Decree 61/2018 Art 15(2): papers are asked for once, in one complete request.
  bool supplement_once = true;
  // Art 19: one apology with one new date.
  bool apology_once = true;
  // Art 19: the apology at the latest this many days before the due date.
  int apology_notice_days = 1;
  // Art 17(2) (requirements §13.3.4): paper received after this minute of the day is handed to
  // the handling units at the start of the next working day.
  int paper_handover_minute = 15 * 60;
};

// The state decide() judges: a repeat the rules allow is not counted as one.
LifecycleState under_rules(LifecycleState state, const HandlingRules& rules);

// When a dossier received at `received_at` reaches the units that handle it: at once if it came
// online or before the hand-over hour; otherwise at the next working morning.
Instant handover_at(const WorkingCalendar& calendar, const HandlingRules& rules, Channel channel,
                    Instant received_at);

}  // namespace motcua::core
