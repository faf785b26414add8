#pragma once
// The owner's dossier page tells the applicant how much of the statutory time is used and when the
// result is likely (requirements P13). The forecast is deliberately simple so an officer can
// explain it at the counter: the due date, brought forward by the median number of working days
// by which the procedure's recent dossiers finished early, never before the next working moment.
#include <optional>
#include <vector>

#include "core/calendar.hpp"
#include "core/deadline.hpp"
#include "core/time.hpp"

namespace motcua::core {

// At least this many finished dossiers before history may move the forecast off the due date.
inline constexpr int kForecastMinimumSamples = 3;

struct FinishedDossier {
  Instant due_at;
  Instant finished_at;
};

enum class ForecastBasis { due_date, history };

struct Forecast {
  Instant predicted_at;
  ForecastBasis basis = ForecastBasis::due_date;
  int early_working_days = 0;  // the median head start taken from history (0 on due_date)
  int samples = 0;             // how many finished dossiers were considered
};

// The forecast for a running clock (received and due date set); nullopt without a due date.
std::optional<Forecast> forecast_completion(const WorkingCalendar& calendar,
                                            const DeadlineClock& clock, Instant now,
                                            const std::vector<FinishedDossier>& history);

// Time used against time allowed, in working minutes of the calendar (Decree 61/2018 Art 18: the
// time already used before a supplement request still counts). Paused clocks count up to the pause.
struct TimeUsage {
  long long used_minutes = 0;
  long long allowed_minutes = 0;
  int minutes_per_day = 0;
  int percent = 0;  // used / allowed, 0..100 (capped), for the progress bar
  bool late = false;
};

std::optional<TimeUsage> time_usage(const WorkingCalendar& calendar, const DeadlineClock& clock,
                                    int allowed_working_days, Instant now,
                                    std::optional<Instant> finished_at);

}  // namespace motcua::core
