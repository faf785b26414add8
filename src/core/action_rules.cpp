#include "core/action_rules.hpp"

namespace motcua::core {

const std::vector<ActionParameter>& action_parameters(Action action) {
  using K = ParameterKind;
  static const std::vector<ActionParameter> kComment{{"comment", K::text, false}};
  static const std::vector<ActionParameter> kReason{{"reason", K::text, true}};
  static const std::vector<ActionParameter> kSupplement{{"reason", K::text, true},
                                                        {"components", K::components, false}};
  // Without a target the dossier goes to the competent unit as a whole.
  static const std::vector<ActionParameter> kForward{{"to", K::target, false},
                                                     {"comment", K::text, false}};
  static const std::vector<ActionParameter> kPayment{{"amount", K::amount, true},
                                                     {"comment", K::text, false}};
  // By post, the result goes to the address given, else to the applicant's on the dossier.
  static const std::vector<ActionParameter> kReturn{
      {"method", K::method, true}, {"address", K::text, false}, {"comment", K::text, false}};
  static const std::vector<ActionParameter> kApology{{"reason", K::text, true},
                                                     {"new_due_at", K::datetime, true}};
  switch (action) {
    case Action::refuse:
    case Action::stop:
    case Action::send_back:
      return kReason;
    case Action::request_supplement:
      return kSupplement;
    case Action::forward:
      return kForward;
    case Action::request_payment:
      return kPayment;
    case Action::return_result:
      return kReturn;
    case Action::apologize:
      return kApology;
    default:
      return kComment;
  }
}

bool valid_fee_amount(long long amount) { return amount > 0 && amount <= kMaxFeeAmount; }

ClockEffect clock_after(Action action, const DeadlineClock& clock, const WorkingCalendar& calendar,
                        const ClockInputs& inputs) {
  switch (action) {
    case Action::intake:
    case Action::receive:
      return {start_clock(calendar, inputs.at, inputs.working_days), std::nullopt};
    case Action::request_supplement:
      // At the desk the clock has not started: pause_clock leaves it so.
      return {pause_clock(calendar, clock, inputs.at), std::nullopt};
    case Action::answer_supplement:
      return {resume_clock(calendar, clock, inputs.at), std::nullopt};
    case Action::apologize:
      if (!inputs.new_due_at) return {clock, ClockRuleError::new_due_missing};
      // Decree 61/2018 Art 19: the apology comes at the latest the day before the due date (the
      // rules in force may ask for more notice).
      if (clock.due_at && std::chrono::sys_days(to_local(inputs.at).date) +
                                  std::chrono::days(inputs.apology_notice_days) >
                              std::chrono::sys_days(to_local(*clock.due_at).date))
        return {clock, ClockRuleError::apology_too_late};
      if (!clock.due_at || *inputs.new_due_at <= *clock.due_at)
        return {clock, ClockRuleError::new_due_not_later};
      return {reschedule(clock, *inputs.new_due_at), std::nullopt};
    default:
      return {clock, std::nullopt};
  }
}

}  // namespace motcua::core
