#include "app/official_work.hpp"

#include <algorithm>

#include "app/dossier_flow.hpp"
#include "app/dossier_printouts.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Action;
using core::Status;
using nlohmann::json;

std::string text_param(const json& params, const char* name) {
  if (!params.contains(name) || params[name].is_null()) return "";
  if (!params[name].is_string()) throw_invalid({{name, "error.form_shape"}});
  return core::trim(params[name].get<std::string>());
}

std::string required_text(const json& params, const char* name) {
  auto value = text_param(params, name);
  if (value.empty()) throw_invalid({{name, "error.required"}});
  if (value.size() > 2000) throw_invalid({{name, "error.too_long"}});
  return value;
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
};

Effect receive(ActionContext& c, const json& params) {
  std::optional<core::Procedure> procedure = c.tx.find_procedure_version(c.dossier.procedure_version_id);
  c.dossier.clock = core::start_clock(load_calendar(c.tx, c.now), c.now,
                                      procedure->duration_working_days);
  return {text_param(params, "comment"),
          {{"received_at", core::format_iso(*c.dossier.clock.received_at)},
           {"due_at", core::format_iso(*c.dossier.clock.due_at)},
           {"form", "01"}}};
}

Effect request_supplement(ActionContext& c, const json& params) {
  Effect effect{required_text(params, "reason"), {{"form", "02"}}};
  json components = json::array();
  if (params.contains("components")) {
    if (!params["components"].is_array()) throw_invalid({{"components", "error.form_shape"}});
    auto procedure = c.tx.find_procedure_version(c.dossier.procedure_version_id);
    for (const auto& id : params["components"]) {
      const bool known = id.is_string() &&
                         std::any_of(procedure->components.begin(), procedure->components.end(),
                                     [&](const core::Component& k) { return k.id == id; });
      if (!known) throw_invalid({{"components", "error.unknown_component"}});
      components.push_back(id);
    }
  }
  effect.payload["components"] = components;
  // A request at reception does not start the clock; one during appraisal pauses it.
  if (c.dossier.clock.received_at)
    c.dossier.clock = core::pause_clock(load_calendar(c.tx, c.now), c.dossier.clock, c.now);
  return effect;
}

Effect forward(ActionContext& c, const json& params) {
  const auto to = text_param(params, "to");
  Effect effect{text_param(params, "comment"), {}};
  c.dossier.assignee_id.reset();
  if (to.empty()) return effect;
  if (auto user = c.tx.find_user_by_username(to)) {
    const bool eligible = user->active && user->is_official() && user->unit_id &&
                          unit_within(c.units, *user->unit_id, c.dossier.competent_unit_id);
    if (!eligible) throw_invalid({{"to", "error.forward_target"}});
    c.dossier.assignee_id = user->id;
    effect.payload["to_user"] = user->username;
    return effect;
  }
  auto unit = c.tx.find_unit_by_code(to);
  if (!unit || !unit_within(c.units, unit->id, c.dossier.competent_unit_id))
    throw_invalid({{"to", "error.forward_target"}});
  effect.payload["to_unit"] = unit->code;
  return effect;
}

Effect request_payment(ActionContext&, const json& params) {
  if (!params.contains("amount") || !params["amount"].is_number_integer() ||
      params["amount"].get<long long>() <= 0 || params["amount"].get<long long>() > 999999999999999)
    throw_invalid({{"amount", "error.amount"}});
  return {text_param(params, "comment"), {{"amount", params["amount"]}}};
}

Effect return_result(ActionContext& c, const json& params) {
  auto method = core::parse_return_method(text_param(params, "method"));
  if (!method) throw_invalid({{"method", "error.option"}});
  c.dossier.return_method = method;
  c.dossier.returned_at = c.now;
  return {text_param(params, "comment"), {{"method", std::string(core::return_method_name(*method))}}};
}

Effect apologize(ActionContext& c, const json& params) {
  const auto reason = required_text(params, "reason");
  auto new_due = core::parse_iso(text_param(params, "new_due_at"));
  if (!new_due) throw_invalid({{"new_due_at", "error.date"}});
  if (!c.dossier.clock.due_at || *new_due <= *c.dossier.clock.due_at)
    throw_invalid({{"new_due_at", "error.new_due_not_later"}});
  const auto old_due = *c.dossier.clock.due_at;
  c.dossier.clock = core::reschedule(c.dossier.clock, *new_due);
  return {reason,
          {{"form", "04"}, {"old_due_at", core::format_iso(old_due)},
           {"new_due_at", core::format_iso(*new_due)}}};
}

Effect effect_of(Action action, ActionContext& c, const json& params) {
  switch (action) {
    case Action::receive: return receive(c, params);
    case Action::refuse: return {required_text(params, "reason"), {{"form", "03"}}};
    case Action::request_supplement: return request_supplement(c, params);
    case Action::forward: return forward(c, params);
    case Action::request_payment: return request_payment(c, params);
    case Action::record_payment: return {text_param(params, "comment"), {}};
    case Action::stop: return {required_text(params, "reason"), {{"form", "05"}}};
    case Action::approve: return {text_param(params, "comment"), {}};
    case Action::return_result: return return_result(c, params);
    case Action::apologize: return apologize(c, params);
    default: throw_forbidden();  // owner actions are not taken through the back office
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
    for (auto& dossier : tx.list_dossiers(query).items) {
      if (!actions_for(who.user, dossier, units).empty()) result.push_back(std::move(dossier));
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
    auto role = acting_role(who.user, dossier, *action, units);
    if (!role) {
      // 409 when the status allows no such transition at all; 403 when only this caller may not.
      const auto probe = core::decide(dossier.lifecycle, *action, who.user.roles.front());
      const bool status_blocks = probe.error == core::TransitionError::not_allowed_from_status ||
                                 probe.error == core::TransitionError::already_apologized;
      throw_transition_error(status_blocks ? *probe.error : core::TransitionError::role_not_allowed);
    }
    const auto decision = core::decide(dossier.lifecycle, *action, *role);
    const auto now = services_.clock.now();
    ActionContext context{tx, dossier, units, now};
    const auto from = dossier.lifecycle.status;
    auto effect = effect_of(*action, context, params);
    dossier.lifecycle = core::apply(dossier.lifecycle, *action, *decision.to);
    record_event(tx, dossier, who.user.username, std::string(core::action_name(*action)), from,
                 *decision.to, effect.comment, effect.payload, now);
    // Form 01 (Circular 01/2018/TT-VPCP Mẫu 01) is issued at reception and kept as issued.
    if (*action == Action::receive) issue_form_01(services_, tx, dossier, who.user);
  });
  return dossier;
}

}  // namespace motcua::app
