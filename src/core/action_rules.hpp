#pragma once
// What an action does to a dossier besides moving its status (requirements §2.3), decided once:
// the parameters an official gives with it and the rules on them, and its effect on the deadline
// clock. The use cases, the back-office forms and the golden scenarios all read it from here.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/deadline.hpp"
#include "core/lifecycle.hpp"
#include "core/time.hpp"

namespace motcua::core {

enum class ParameterKind {
  text,        // free text (a comment or a written reason)
  amount,      // a fee in đồng, a positive integer
  datetime,    // an instant
  target,      // a unit code or an official's user name within the competent unit
  components,  // ids of the procedure's dossier components
  method,      // how the result is returned (counter, post, online)
};

struct ActionParameter {
  std::string_view name;
  ParameterKind kind;
  bool required;
};

inline constexpr std::size_t kMaxActionTextBytes = 2000;
inline constexpr long long kMaxFeeAmount = 999'999'999'999'999;  // 15 digits of đồng

// The parameters of `action`, in the order a form shows them. Refusal and stop need a written
// reason (Mẫu 03, Mẫu 05), a supplement request its reason (Mẫu 02), an apology its reason and new
// due date (Mẫu 04).
const std::vector<ActionParameter>& action_parameters(Action action);

bool valid_fee_amount(long long amount);

enum class ClockRuleError { new_due_missing, new_due_not_later, apology_too_late };

struct ClockEffect {
  DeadlineClock clock;
  std::optional<ClockRuleError> error;  // set: the action may not be taken with these inputs
};

struct ClockInputs {
  Instant at;
  int working_days = 0;               // the procedure's duration, counted from reception
  std::optional<Instant> new_due_at;  // an apology's new due date
  int apology_notice_days = 1;        // the handling rules in force (core/handling_rules)
};

// Reception (online or at the counter) starts the clock; a supplement request pauses a started
// clock and the applicant's answer resumes it (Decree 61/2018 Art 18); an apology moves the due
// date, only to a later one (Decree 61/2018 Art 19, Mẫu 04). Other actions leave it as it is.
ClockEffect clock_after(Action action, const DeadlineClock& clock, const WorkingCalendar& calendar,
                        const ClockInputs& inputs);

}  // namespace motcua::core
