#include "core/completion_forecast.hpp"

#include <algorithm>

namespace motcua::core {
namespace {

// Whole working days by which `finished` beat `due` (0 when on the due day or late).
int early_days(const WorkingCalendar& calendar, const FinishedDossier& sample) {
  const auto minutes = calendar.working_minutes_between(sample.finished_at, sample.due_at);
  return static_cast<int>(minutes / calendar.minutes_per_working_day());
}

int median(std::vector<int> values) {
  std::sort(values.begin(), values.end());
  const auto middle = values.size() / 2;
  // An even count takes the lower middle value: the forecast errs towards the due date.
  return values.size() % 2 == 1 ? values[middle] : values[middle - 1];
}

}  // namespace

std::optional<Forecast> forecast_completion(const WorkingCalendar& calendar,
                                            const DeadlineClock& clock, Instant now,
                                            const std::vector<FinishedDossier>& history) {
  if (!clock.due_at || !clock.received_at) return std::nullopt;
  Forecast forecast{*clock.due_at, ForecastBasis::due_date, 0, static_cast<int>(history.size())};
  if (static_cast<int>(history.size()) < kForecastMinimumSamples) return forecast;
  std::vector<int> heads;
  heads.reserve(history.size());
  for (const auto& sample : history) heads.push_back(early_days(calendar, sample));
  const int head = median(std::move(heads));
  if (head <= 0) return forecast;
  const auto earlier = calendar.add_working_minutes(
      *clock.due_at, -static_cast<long long>(head) * calendar.minutes_per_working_day());
  // A date already passed says nothing useful: the dossier is slower than usual, so the due date
  // remains the promise.
  if (earlier <= calendar.counting_start(now)) return forecast;
  forecast.predicted_at = earlier;
  forecast.basis = ForecastBasis::history;
  forecast.early_working_days = head;
  return forecast;
}

std::optional<TimeUsage> time_usage(const WorkingCalendar& calendar, const DeadlineClock& clock,
                                    int allowed_working_days, Instant now,
                                    std::optional<Instant> finished_at) {
  if (!clock.received_at || !clock.due_at) return std::nullopt;
  TimeUsage usage;
  usage.minutes_per_day = calendar.minutes_per_working_day();
  usage.allowed_minutes = static_cast<long long>(allowed_working_days) * usage.minutes_per_day;
  Instant until = finished_at.value_or(now);
  if (clock.paused_at && !finished_at) until = *clock.paused_at;
  // Allowed minus what is left until the due date as it stands, so time spent before a supplement
  // request counts and the paused stretch does not.
  const long long left = until <= *clock.due_at
                             ? calendar.working_minutes_between(until, *clock.due_at)
                             : -calendar.working_minutes_between(*clock.due_at, until);
  usage.used_minutes = std::max(0LL, usage.allowed_minutes - left);
  usage.late = left < 0;
  usage.percent =
      usage.allowed_minutes <= 0
          ? (usage.late ? 100 : 0)
          : static_cast<int>(std::min(100LL, usage.used_minutes * 100 / usage.allowed_minutes));
  return usage;
}

}  // namespace motcua::core
