#pragma once
// Administration: the holiday catalog, deadline look-ups and the integrity check of the event log.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

core::Instant due_date(Services& services, core::Instant start, int working_days);

void put_calendar_day(Services& services, const Principal& who, const core::CalendarDay& day);
void remove_calendar_day(Services& services, const Principal& who, core::LocalDate date);
std::vector<core::CalendarDay> calendar_days(Services& services);

struct ChainProblem {
  std::string dossier;  // code, or "#id" for a draft
  long long seq = 0;
  std::string reason;
};

// Recomputes every dossier's hash chain and replays it against the status row.
std::vector<ChainProblem> verify_event_chains(Services& services);

void require_admin(const Principal& who);

// Every unit, for an administrator's choices (forbidden for others).
std::vector<core::Unit> units_for_admin(Services& services, const Principal& who);

}  // namespace motcua::app
