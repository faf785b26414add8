#include "app/official_work.hpp"

#include <algorithm>

#include "app/dossier_flow.hpp"
#include "app/dossier_printouts.hpp"
#include "app/errors.hpp"
#include "core/action_rules.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Action;
using core::Status;
using nlohmann::json;

std::string text_param(const json& params, std::string_view name) {
  const std::string key(name);
  if (!params.contains(key) || params[key].is_null()) return "";
  if (!params[key].is_string()) throw_invalid({{key, "error.form_shape"}});
  return core::trim(params[key].get<std::string>());
}

// The message key of a parameter that breaks core's rules for it, "" when it keeps them. Targets
// and components are checked against the store by the action itself.
std::string parameter_error(const core::ActionParameter& parameter, const json& params) {
  const std::string key(parameter.name);
  const bool absent = !params.contains(key) || params[key].is_null();
  switch (parameter.kind) {
    case core::ParameterKind::text:
    case core::ParameterKind::target: {
      const auto value = text_param(params, parameter.name);
      if (value.empty()) return parameter.required ? "error.required" : "";
      return value.size() > core::kMaxActionTextBytes ? "error.too_long" : "";
    }
    case core::ParameterKind::amount:
      return !absent && params[key].is_number_integer() &&
                     core::valid_fee_amount(params[key].get<long long>())
                 ? ""
                 : "error.amount";
    case core::ParameterKind::datetime:
      return core::parse_iso(text_param(params, parameter.name)) ? "" : "error.date";
    case core::ParameterKind::method:
      return core::parse_return_method(text_param(params, parameter.name)) ? "" : "error.option";
    case core::ParameterKind::components:
      return absent || params[key].is_array() ? "" : "error.form_shape";
  }
  return "";
}

void check_parameters(core::Action action, const json& params) {
  for (const auto& parameter : core::action_parameters(action)) {
    const auto error = parameter_error(parameter, params);
    if (!error.empty()) throw_invalid({{std::string(parameter.name), error}});
  }
}

// What a transition changes besides the status, with its parameters checked first.
struct Effect {
  std::string comment;
  json payload = json::object();
};

struct ActionContext {
  Transaction& tx;
  core::Dossier& dossier;
  const std::vector<core::Unit>& units;
  core::Instant now;
  const User& actor;
  core::Role role;
};

void move_clock(ActionContext& c, core::Action action, core::ClockInputs inputs) {
  inputs.at = c.now;
  inputs.apology_notice_days = load_handling_rules(c.tx, c.now).apology_notice_days;
  const auto effect =
      core::clock_after(action, c.dossier.clock, load_calendar(c.tx, c.now), inputs);
  if (effect.error == core::ClockRuleError::new_due_missing)
    throw_invalid({{"new_due_at", "error.date"}});
  if (effect.error == core::ClockRuleError::apology_too_late)
    throw AppError(ErrorKind::conflict, "apology_too_late", "error.apology_too_late");
  if (effect.error) throw_invalid({{"new_due_at", "error.new_due_not_later"}});
  c.dossier.clock = effect.clock;
}

Effect receive(ActionContext& c, const json& params) {
  const auto procedure = c.tx.find_procedure_version(c.dossier.procedure_version_id);
  move_clock(c, Action::receive, {.working_days = procedure->duration_working_days});
  // The workflow in force at reception, which may be newer than the version it was filed under.
  const auto in_force =
      c.tx.find_procedure_in_force(c.dossier.procedure_code, core::to_local(c.now).date);
  c.dossier.steps =
      steps_at_reception(c.tx, in_force.value_or(*procedure), c.dossier.channel, c.now);
  return {text_param(params, "comment"),
          {{"received_at", core::format_iso(*c.dossier.clock.received_at)},
           {"due_at", core::format_iso(*c.dossier.clock.due_at)},
           {"form", "01"}}};
}

Effect request_supplement(ActionContext& c, const json& params) {
  Effect effect{text_param(params, "reason"), {{"form", "02"}}};
  json components = json::array();
  if (params.contains("components") && params["components"].is_array()) {
    auto procedure = c.tx.find_procedure_version(c.dossier.procedure_version_id);
    for (const auto& id : params["components"]) {
      const bool known =
          id.is_string() && std::any_of(procedure->components.begin(), procedure->components.end(),
                                        [&](const core::Component& k) { return k.id == id; });
      if (!known) throw_invalid({{"components", "error.unknown_component"}});
      components.push_back(id);
    }
  }
  effect.payload["components"] = components;
  move_clock(c, Action::request_supplement, {});
  return effect;
}

Effect forward(ActionContext& c, const json& params) {
  const auto to = text_param(params, "to");
  Effect effect{text_param(params, "comment"), {}};
  c.dossier.assignee_id.reset();
  if (to.empty()) return effect;  // to the competent unit as a whole
  if (auto user = c.tx.find_user_by_username(to)) {
    const bool eligible = user->active && user->is_official() && user->unit_id &&
                          unit_within(c.units, *user->unit_id, c.dossier.competent_unit_id);
    if (!eligible) throw_invalid({{"to", "error.forward_target"}});
    c.dossier.assignee_id = user->id;
    effect.payload["to_user"] = user->username;
    // Naming an official takes up the active step that official's unit holds.
    for (auto& step : c.dossier.steps) {
      if (step.status == core::StepStatus::active &&
          unit_within(c.units, *user->unit_id, step.unit_id))
        step.assignee_id = user->id;
    }
    return effect;
  }
  auto unit = c.tx.find_unit_by_code(to);
  if (!unit || !unit_within(c.units, unit->id, c.dossier.competent_unit_id))
    throw_invalid({{"to", "error.forward_target"}});
  effect.payload["to_unit"] = unit->code;
  return effect;
}

Effect return_result(ActionContext& c, const json& params) {
  const auto method = core::parse_return_method(text_param(params, "method"));
  Effect effect{text_param(params, "comment"),
                {{"method", std::string(core::return_method_name(*method))}}};
  if (*method == core::ReturnMethod::post) {
    auto address = text_param(params, "address");
    if (address.empty()) address = c.dossier.applicant.address;
    if (address.empty()) throw_invalid({{"address", "error.post_address"}});
    effect.payload["address"] = address;
  }
  c.dossier.return_method = method;
  c.dossier.returned_at = c.now;
  return effect;
}

Effect apologize(ActionContext& c, const json& params) {
  const auto old_due = c.dossier.clock.due_at;
  move_clock(c, Action::apologize,
             {.new_due_at = core::parse_iso(text_param(params, "new_due_at"))});
  return {text_param(params, "reason"),
          {{"form", "04"},
           {"old_due_at", core::format_iso(*old_due)},
           {"new_due_at", core::format_iso(*c.dossier.clock.due_at)}}};
}

[[noreturn]] void throw_step_error(core::StepError error) {
  if (error == core::StepError::successor_has_acted)
    throw AppError(ErrorKind::conflict, "step_taken_up", "error.step_taken_up");
  if (error == core::StepError::nothing_to_return_to)
    throw AppError(ErrorKind::conflict, "first_step", "error.first_step");
  throw AppError(ErrorKind::conflict, "no_active_step", "error.no_active_step");
}

// complete-step, send-back and recall move the step the caller's unit holds (acting_role checked
// that there is one).
Effect step_action(ActionContext& c, Action action, const json& params) {
  const auto serves = [&](long long unit_id) {
    return unit_within(c.units, *c.actor.unit_id, unit_id);
  };
  const auto seq = core::step_to_move(c.dossier.steps, action, c.role, serves);
  if (!seq) throw_step_error(core::StepError::no_active_step);
  const auto calendar = load_calendar(c.tx, c.now);
  const auto outcome =
      action == Action::complete_step ? core::complete_step(c.dossier.steps, *seq, calendar, c.now)
      : action == Action::send_back   ? core::send_back_step(c.dossier.steps, *seq, calendar, c.now)
                                      : core::recall_step(c.dossier.steps, *seq, calendar, c.now);
  if (outcome.error) throw_step_error(*outcome.error);
  c.dossier.steps = outcome.steps;
  const auto& comment = action == Action::send_back ? "reason" : "comment";
  return {text_param(params, comment), {{"step", *seq}}};
}

Effect effect_of(Action action, ActionContext& c, const json& params) {
  check_parameters(action, params);
  switch (action) {
    case Action::receive:
      return receive(c, params);
    case Action::refuse:
      return {text_param(params, "reason"), {{"form", "03"}}};
    case Action::request_supplement:
      return request_supplement(c, params);
    case Action::forward:
      return forward(c, params);
    case Action::request_payment:
      return {text_param(params, "comment"), {{"amount", params["amount"]}}};
    case Action::record_payment:
      return {text_param(params, "comment"), {}};
    case Action::stop:
      return {text_param(params, "reason"), {{"form", "05"}}};
    case Action::approve:
      return {text_param(params, "comment"), {}};
    case Action::return_result:
      return return_result(c, params);
    case Action::apologize:
      return apologize(c, params);
    case Action::complete_step:
    case Action::send_back:
    case Action::recall:
      return step_action(c, action, params);
    default:
      throw_forbidden();  // owner actions are not taken through the back office
  }
}

std::vector<int> statuses_acted_on(const User& user, std::optional<Status> only) {
  std::vector<int> statuses;
  for (const auto& transition : core::transition_table()) {
    if (transition.side == core::Side::owner) continue;
    const bool role_ok = std::any_of(transition.roles.begin(), transition.roles.end(),
                                     [&](core::Role r) { return user.has_role(r); });
    if (!role_ok || (only && *only != transition.from)) continue;
    statuses.push_back(core::status_code(transition.from));
  }
  return statuses;
}

}  // namespace

std::vector<core::Dossier> OfficialWork::queue(const Principal& who, std::optional<Status> status) {
  if (!who.user.is_official() || !who.user.unit_id) throw_forbidden();
  std::vector<core::Dossier> result;
  const auto statuses = statuses_acted_on(who.user, status);
  if (statuses.empty()) return result;
  services_.store.read([&](Transaction& tx) {
    const auto units = tx.list_units();
    std::vector<long long> scope;
    for (const auto& unit : units) {
      if (unit_within(units, *who.user.unit_id, unit.id)) scope.push_back(unit.id);
    }
    DossierQuery query;
    query.unit_ids = scope;
    query.statuses = statuses;
    query.per_page = 200;
    const auto rules = load_handling_rules(tx, services_.clock.now());
    for (auto& dossier : tx.list_dossiers(query).items) {
      dossier.steps = tx.list_steps(dossier.id);
      if (!actions_for(who.user, dossier, units, rules).empty())
        result.push_back(std::move(dossier));
    }
  });
  return result;
}

core::Dossier OfficialWork::act(const Principal& who, const std::string& code,
                                const std::string& action_name, const json& params) {
  const auto action = core::parse_action(action_name);
  if (!action) throw_not_found("action");
  if (!params.is_object()) throw_invalid({{"body", "error.form_shape"}});
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    auto found = tx.find_dossier_by_code(code);
    const auto units = tx.list_units();
    if (!found || !may_view(who.user, *found, units)) throw_not_found("dossier");
    dossier = *found;
    const auto rules = load_handling_rules(tx, services_.clock.now());
    const auto state = core::under_rules(dossier.lifecycle, rules);
    auto role = acting_role(who.user, dossier, *action, units, rules);
    if (!role) {
      // 409 when the status allows no such transition at all; 403 when only this caller may not.
      const auto probe = core::decide(state, *action, who.user.roles.front());
      const bool status_blocks = probe.error == core::TransitionError::not_allowed_from_status ||
                                 probe.error == core::TransitionError::already_apologized ||
                                 probe.error == core::TransitionError::already_supplemented;
      throw_transition_error(status_blocks ? *probe.error
                                           : core::TransitionError::role_not_allowed);
    }
    const auto decision = core::decide(state, *action, *role);
    const auto now = services_.clock.now();
    ActionContext context{tx, dossier, units, now, who.user, *role};
    const auto from = dossier.lifecycle.status;
    const auto steps_before = dossier.steps.size();
    auto effect = effect_of(*action, context, params);
    const auto to =
        *action == Action::complete_step ? core::status_after_steps(dossier.steps) : *decision.to;
    dossier.lifecycle = core::apply(dossier.lifecycle, *action, to);
    record_event(services_, tx, dossier, who.user.username, std::string(core::action_name(*action)),
                 from, to, effect.comment, effect.payload, now);
    if (!dossier.steps.empty() || steps_before > 0) tx.save_steps(dossier.id, dossier.steps);
    // Form 01 (Circular 01/2018/TT-VPCP Mẫu 01) is issued at reception and kept as issued.
    if (*action == Action::receive) issue_form_01(services_, tx, dossier, who.user);
  });
  return dossier;
}

}  // namespace motcua::app
