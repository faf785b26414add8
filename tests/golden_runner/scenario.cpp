#include "golden_runner/scenario.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "core/action_rules.hpp"
#include "core/calendar.hpp"
#include "core/deadline.hpp"
#include "core/dossier_code.hpp"
#include "core/handling_rules.hpp"
#include "core/lifecycle.hpp"
#include "core/status.hpp"
#include "core/time.hpp"
#include "core/workflow.hpp"

namespace motcua::core {
namespace {

struct Line {
  int number = 0;
  std::vector<std::string> words;
  std::string rest_after(std::size_t count) const {  // the words from `count` on, space-joined
    std::string text;
    for (std::size_t i = count; i < words.size(); ++i) text += (i == count ? "" : " ") + words[i];
    return text;
  }
};

std::vector<Line> read_lines(std::istream& in) {
  std::vector<Line> lines;
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    if (const auto hash = text.find('#'); hash != std::string::npos) text.erase(hash);
    Line line{number, {}};
    std::istringstream words(text);
    for (std::string word; words >> word;) line.words.push_back(word);
    if (!line.words.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

std::optional<int> parse_minute(std::string_view hh_mm) {
  if (hh_mm.size() != 5 || hh_mm[2] != ':') return std::nullopt;
  const auto instant = parse_iso("2000-01-01T" + std::string(hh_mm));
  if (!instant) return std::nullopt;
  return to_local(*instant).minute_of_day;
}

std::optional<WorkingPeriod> parse_period(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto start = parse_minute(text.substr(0, dash));
  const auto end = parse_minute(text.substr(dash + 1));
  if (!start || !end) return std::nullopt;
  return WorkingPeriod{*start, *end};
}

std::optional<unsigned> parse_weekday(std::string_view name) {
  static const std::map<std::string_view, unsigned> kDays{
      {"sun", 0}, {"mon", 1}, {"tue", 2}, {"wed", 3}, {"thu", 4}, {"fri", 5}, {"sat", 6}};
  const auto it = kDays.find(name);
  if (it == kDays.end()) return std::nullopt;
  return it->second;
}

std::string clock_error_name(ClockRuleError error) {
  switch (error) {
    case ClockRuleError::new_due_missing:
      return "new_due_missing";
    case ClockRuleError::new_due_not_later:
      return "new_due_not_later";
    case ClockRuleError::apology_too_late:
      return "apology_too_late";
  }
  return "?";
}

std::string error_name(TransitionError error) {
  switch (error) {
    case TransitionError::not_allowed_from_status:
      return "not_allowed_from_status";
    case TransitionError::role_not_allowed:
      return "role_not_allowed";
    case TransitionError::already_apologized:
      return "already_apologized";
    case TransitionError::already_supplemented:
      return "already_supplemented";
  }
  return "?";
}

std::string show(const std::optional<Instant>& at) { return at ? format_iso(*at) : "none"; }

// The role that normally takes `action` from `status`: the first the transition table lists.
Role default_role(Action action, Status status) {
  for (const auto& t : transition_table())
    if (t.action == action && t.from == status && !t.roles.empty()) return t.roles.front();
  return Role::citizen;
}

class Scenario {
 public:
  std::vector<ScenarioFailure> run(std::istream& text) {
    for (const auto& line : read_lines(text)) {
      line_ = line.number;
      const auto& keyword = line.words[0];
      if (pending_error_ &&
          !(keyword == "expect" && line.words.size() > 1 && line.words[1] == "error")) {
        fail("the previous action failed with " + *pending_error_);
        pending_error_.reset();
      }
      try {
        dispatch(line);
      } catch (const std::exception& e) {
        fail(std::string("malformed line: ") + e.what());
        return std::move(failures_);
      }
    }
    if (pending_error_) fail("the last action failed with " + *pending_error_);
    if (!calendar_) fail("the scenario has no event or expectation");
    return std::move(failures_);
  }

 private:
  void dispatch(const Line& line) {
    const auto& keyword = line.words[0];
    if (keyword == "at") return event(line);
    if (keyword == "expect") return expect(line);
    setting(line);
  }

  void fail(const std::string& message) { failures_.push_back({line_, message}); }

  Instant instant(const std::string& text) const {
    const auto at = parse_iso(text);
    if (!at) throw std::invalid_argument("not an ISO instant: " + text);
    return *at;
  }

  // ---- calendar and procedure -------------------------------------------------------------
  void setting(const Line& line) {
    if (calendar_) throw std::invalid_argument("calendar lines must come before events");
    const auto& keyword = line.words[0];
    if (keyword == "calendar" || keyword == "name") return;  // labels for the reader
    if (keyword == "periods") return set_periods(line);
    if (keyword == "days_off") return set_days_off(line);
    if (keyword == "holiday" || keyword == "makeup") return add_day(line);
    if (keyword == "procedure") return set_procedure(line);
    if (keyword == "unit") return set_unit(line);
    if (keyword == "step") return add_step(line);
    if (keyword == "rule") return set_rule(line);
    throw std::invalid_argument("unknown keyword: " + keyword);
  }

  void set_periods(const Line& line) {
    rules_.periods.clear();
    for (std::size_t i = 1; i < line.words.size(); ++i) {
      const auto period = parse_period(line.words[i]);
      if (!period) throw std::invalid_argument("bad period: " + line.words[i]);
      rules_.periods.push_back(*period);
    }
    has_periods_ = true;
  }

  void set_days_off(const Line& line) {
    rules_.weekly_days_off.clear();
    for (std::size_t i = 1; i < line.words.size(); ++i) {
      if (line.words[i] == "none") continue;
      const auto day = parse_weekday(line.words[i]);
      if (!day) throw std::invalid_argument("bad weekday: " + line.words[i]);
      rules_.weekly_days_off.insert(*day);
    }
    has_days_off_ = true;
  }

  void add_day(const Line& line) {
    const auto date = line.words.size() > 1 ? parse_date(line.words[1]) : std::nullopt;
    if (!date) throw std::invalid_argument("holiday/makeup needs a date");
    const auto kind =
        line.words[0] == "holiday" ? CalendarDayKind::holiday : CalendarDayKind::make_up_working;
    rules_.days.push_back({*date, line.rest_after(2), kind});
  }

  void set_procedure(const Line& line) {
    if (line.words.size() != 2 || line.words[1].rfind("days=", 0) != 0)
      throw std::invalid_argument("procedure days=N");
    days_ = std::stoi(line.words[1].substr(5));
  }

  void set_unit(const Line& line) {
    if (line.words.size() < 2) throw std::invalid_argument("unit <identifier> [counter=N]");
    unit_ = line.words[1];
    if (line.words.size() > 2 && line.words[2].rfind("counter=", 0) == 0)
      counter_ = std::stoll(line.words[2].substr(8));
  }

  // step <seq> <role> <n>h|<n>d [after=<seq>,<seq>…]: one workflow step, its unit numbered
  // after it.
  void add_step(const Line& line) {
    if (line.words.size() < 4) throw std::invalid_argument("step <seq> <role> <n>h|<n>d [after=…]");
    DossierStep step;
    step.definition.seq = std::stoi(line.words[1]);
    step.definition.name = "step " + line.words[1];
    const auto role = parse_role(line.words[2]);
    if (!role) throw std::invalid_argument("unknown role: " + line.words[2]);
    step.definition.role = *role;
    const auto& budget = line.words[3];
    step.definition.budget = std::stoi(budget.substr(0, budget.size() - 1));
    step.definition.budget_unit =
        budget.back() == 'h' ? BudgetUnit::working_hours : BudgetUnit::working_days;
    if (line.words.size() > 4 && line.words[4].rfind("after=", 0) == 0) {
      std::istringstream list(line.words[4].substr(6));
      for (std::string seq; std::getline(list, seq, ',');)
        step.definition.after.push_back(std::stoi(seq));
    }
    step.unit_id = step.definition.seq;
    steps_.push_back(step);
  }

  // rule supplement_once|apology_once yes|no, rule apology_notice_days <n>,
  // rule paper_handover_after HH:MM: the handling rules in force (core/handling_rules).
  void set_rule(const Line& line) {
    if (line.words.size() != 3) throw std::invalid_argument("rule <name> <value>");
    const auto& name = line.words[1];
    const auto& value = line.words[2];
    if (name == "supplement_once")
      rules_in_force_.supplement_once = value == "yes";
    else if (name == "apology_once")
      rules_in_force_.apology_once = value == "yes";
    else if (name == "apology_notice_days")
      rules_in_force_.apology_notice_days = std::stoi(value);
    else if (name == "paper_handover_after") {
      const auto minute = parse_minute(value);
      if (!minute) throw std::invalid_argument("HH:MM: " + value);
      rules_in_force_.paper_handover_minute = *minute;
    } else {
      throw std::invalid_argument("unknown rule: " + name);
    }
  }

  const WorkingCalendar& calendar() {
    if (!calendar_) {
      // Every file states its whole calendar: no default is taken silently.
      if (!has_periods_ || !has_days_off_)
        throw std::invalid_argument("a scenario must state `periods` and `days_off`");
      calendar_.emplace(rules_);
    }
    return *calendar_;
  }

  // ---- events ------------------------------------------------------------------------------
  void event(const Line& line) {
    calendar();
    if (line.words.size() < 3) throw std::invalid_argument("at <instant> <action> ...");
    const Instant at = instant(line.words[1]);
    std::string name = line.words[2];
    std::replace(name.begin(), name.end(), '_', '-');
    const auto action = parse_action(name);
    if (!action) throw std::invalid_argument("unknown action: " + line.words[2]);
    std::vector<std::string> args(line.words.begin() + 3, line.words.end());
    Role role = default_role(*action, state_.status);
    if (args.size() >= 2 && args[0] == "as") {
      const auto parsed = parse_role(args[1]);
      if (!parsed) throw std::invalid_argument("unknown role: " + args[1]);
      role = *parsed;
      args.erase(args.begin(), args.begin() + 2);
    }
    const auto decision = decide(under_rules(state_, rules_in_force_), *action, role);
    if (decision.error) {
      pending_error_ = error_name(*decision.error);
      return;
    }
    if (is_step_action(*action)) return step_event(*action, at, args);
    // A clock rule refuses the action as a whole: the status does not move either.
    if (auto refused = update_clock(*action, at, args)) {
      pending_error_ = clock_error_name(*refused);
      return;
    }
    state_ = apply(state_, *action, *decision.to);
  }

  static bool is_step_action(Action action) {
    return action == Action::complete_step || action == Action::send_back ||
           action == Action::recall;
  }

  // complete-step|send-back|recall <seq>: the step rules of core/workflow; the last completion
  // settles the dossier (status 9), which `expect timeliness` then judges.
  void step_event(Action action, Instant at, const std::vector<std::string>& args) {
    if (args.size() != 1) throw std::invalid_argument("<step action> <seq>");
    const int seq = std::stoi(args[0]);
    StepOutcome outcome;
    if (action == Action::complete_step) outcome = complete_step(steps_, seq, calendar(), at);
    if (action == Action::send_back) outcome = send_back_step(steps_, seq, calendar(), at);
    if (action == Action::recall) outcome = recall_step(steps_, seq, calendar(), at);
    if (outcome.error) {
      pending_error_ = step_error_name(*outcome.error);
      return;
    }
    steps_ = std::move(outcome.steps);
    state_ = apply(state_, action, status_after_steps(steps_));
    if (state_.status == Status::resolved) finished_at_ = at;
  }

  static std::string step_error_name(StepError error) {
    switch (error) {
      case StepError::no_active_step:
        return "no_active_step";
      case StepError::successor_has_acted:
        return "successor_has_acted";
      case StepError::nothing_to_return_to:
        return "nothing_to_return_to";
    }
    return "?";
  }

  // The clock moves by the product's own rule (core::clock_after); the runner adds the code and
  // the finish time it checks (requirements §2.3, §3).
  std::optional<ClockRuleError> update_clock(Action action, Instant at,
                                             const std::vector<std::string>& args) {
    if (action == Action::submit || action == Action::intake) {
      if (!unit_.empty()) code_ = format_dossier_code(unit_, to_local(at).date, counter_);
    }
    if ((action == Action::intake || action == Action::receive) && days_ < 0)
      throw std::invalid_argument("`procedure days=N` must come before reception");
    if (action == Action::apologize && args.size() != 1)
      throw std::invalid_argument("apologize <new due instant>");
    ClockInputs inputs{at, days_, std::nullopt, rules_in_force_.apology_notice_days};
    if (action == Action::apologize) inputs.new_due_at = instant(args[0]);
    const auto effect = clock_after(action, clock_, calendar(), inputs);
    if (effect.error) return effect.error;
    clock_ = effect.clock;
    if (action == Action::approve) finished_at_ = at;
    // Reception starts the workflow the procedure carries, as the use case does: paper taken in
    // at the desk reaches the steps at the hand-over the rules set; online dossiers at once.
    if ((action == Action::intake || action == Action::receive) && !steps_.empty()) {
      const auto channel = action == Action::intake ? Channel::counter : Channel::online;
      steps_ =
          start_workflow(steps_, calendar(), handover_at(calendar(), rules_in_force_, channel, at));
    }
    return std::nullopt;
  }

  // ---- expectations ------------------------------------------------------------------------
  void expect(const Line& line) {
    const auto& calendar_now = calendar();
    const auto& w = line.words;
    if (w.size() < 3) throw std::invalid_argument("expect <what> <value>");
    const auto& what = w[1];
    if (what == "status") return check(std::to_string(status_code(state_.status)), w[2], what);
    if (what == "due") return check(show(clock_.due_at), normal(w[2]), what);
    if (what == "received") return check(show(clock_.received_at), normal(w[2]), what);
    if (what == "paused") return check(show(clock_.paused_at), normal(w[2]), what);
    if (what == "remaining") return check(std::to_string(clock_.remaining_minutes), w[2], what);
    if (what == "code") return check(code_.empty() ? "none" : code_, w[2], what);
    if (what == "error") return expect_error(w[2]);
    if (what == "step" && w.size() == 5) return expect_step(w);
    if (what == "timeliness") return expect_timeliness(w[2]);
    if (what == "overdue" && w.size() == 4)
      return check(is_overdue(clock_, instant(w[2])) ? "yes" : "no", w[3], what + " " + w[2]);
    if (what == "due_after" && w.size() == 5) {
      const auto due = calendar_now.due_after_working_days(instant(w[2]), std::stoi(w[3]));
      return check(format_iso(due), normal(w[4]), what + " " + w[2] + " " + w[3]);
    }
    if (what == "counting_start" && w.size() == 4)
      return check(format_iso(calendar_now.counting_start(instant(w[2]))), normal(w[3]),
                   what + " " + w[2]);
    if (what == "working_day" && w.size() == 4) {
      const auto date = parse_date(w[2]);
      if (!date) throw std::invalid_argument("bad date: " + w[2]);
      return check(calendar_now.is_working_day(*date) ? "yes" : "no", w[3], what + " " + w[2]);
    }
    throw std::invalid_argument("unknown expectation: " + what);
  }

  // expect step <seq> status|due|started|timeliness <value>
  void expect_step(const std::vector<std::string>& w) {
    const int seq = std::stoi(w[2]);
    const auto found = std::find_if(steps_.begin(), steps_.end(),
                                    [&](const DossierStep& s) { return s.definition.seq == seq; });
    if (found == steps_.end()) return fail("no step " + w[2]);
    const auto& field = w[3];
    const auto what = "step " + w[2] + " " + field;
    if (field == "status") return check(std::string(step_status_name(found->status)), w[4], what);
    if (field == "due") return check(show(found->due_at), normal(w[4]), what);
    if (field == "started") return check(show(found->started_at), normal(w[4]), what);
    if (field == "timeliness") {
      const auto kept = step_timeliness(*found);
      return check(kept ? std::string(timeliness_name(*kept)) : "none", w[4], what);
    }
    throw std::invalid_argument("expect step <seq> status|due|started|timeliness <value>");
  }

  void expect_error(const std::string& name) {
    check(pending_error_.value_or("none"), name, "error");
    pending_error_.reset();
  }

  void expect_timeliness(const std::string& name) {
    if (!finished_at_ || !clock_.due_at) return fail("timeliness: not approved or no due date");
    check(std::string(timeliness_name(timeliness(*clock_.due_at, *finished_at_))), name,
          "timeliness");
  }

  // Expected instants may be written without seconds or offset; compare in the canonical form.
  std::string normal(const std::string& text) const {
    if (text == "none" || text == "no") return "none";
    return format_iso(instant(text));
  }

  void check(const std::string& actual, const std::string& expected, const std::string& what) {
    if (actual != expected) fail(what + ": expected " + expected + ", got " + actual);
  }

  std::vector<ScenarioFailure> failures_;
  int line_ = 0;
  CalendarRules rules_;
  bool has_periods_ = false;
  bool has_days_off_ = false;
  std::optional<WorkingCalendar> calendar_;
  int days_ = -1;
  std::string unit_;
  long long counter_ = 1;
  LifecycleState state_;
  DeadlineClock clock_;
  std::optional<std::string> pending_error_;  // the name of the last refusal, until expected
  std::optional<Instant> finished_at_;
  std::string code_;
  std::vector<DossierStep> steps_;  // the workflow the scenario declares, moved by its events
  HandlingRules rules_in_force_;
};

}  // namespace

std::vector<ScenarioFailure> run_scenario(std::istream& text) { return Scenario().run(text); }

}  // namespace motcua::core
