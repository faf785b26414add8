#include "core/handling_rules.hpp"

namespace motcua::core {

LifecycleState under_rules(LifecycleState state, const HandlingRules& rules) {
  if (!rules.supplement_once) state.supplemented = false;
  if (!rules.apology_once) state.apologized = false;
  return state;
}

Instant handover_at(const WorkingCalendar& calendar, const HandlingRules& rules, Channel channel,
                    Instant received_at) {
  if (channel == Channel::online || channel == Channel::national_portal) return received_at;
  const auto local = to_local(received_at);
  if (local.minute_of_day < rules.paper_handover_minute)
    return calendar.counting_start(received_at);
  // Midnight after the reception day: counting starts at the next working morning from there.
  const auto next_day = std::chrono::sys_days(local.date) + std::chrono::days(1);
  return calendar.counting_start(from_local(LocalDate(next_day), 0));
}

}  // namespace motcua::core
