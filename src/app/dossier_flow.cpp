#include "app/dossier_flow.hpp"

#include <algorithm>
#include <map>

#include "app/errors.hpp"
#include "app/national_sync.hpp"
#include "app/notifications.hpp"

namespace motcua::app {
namespace {

std::vector<core::WorkingPeriod> parse_periods(const std::string& json_text) {
  std::vector<core::WorkingPeriod> periods;
  for (const auto& item : nlohmann::json::parse(json_text)) {
    periods.push_back({item.at("start").get<int>(), item.at("end").get<int>()});
  }
  return periods;
}

}  // namespace

core::WorkingCalendar load_calendar(Transaction& tx, core::Instant at) {
  core::CalendarRules rules;
  if (auto periods = tx.setting("calendar.periods", at)) rules.periods = parse_periods(*periods);
  rules.days = tx.list_calendar_days();
  return core::WorkingCalendar(std::move(rules));
}

core::HandlingRules load_handling_rules(Transaction& tx, core::Instant at) {
  core::HandlingRules rules;
  const auto stored = tx.setting("rules.handling", at);
  if (!stored) return rules;
  const auto j = nlohmann::json::parse(*stored, nullptr, false);
  if (!j.is_object()) return rules;
  rules.supplement_once = j.value("supplement_once", rules.supplement_once);
  rules.apology_once = j.value("apology_once", rules.apology_once);
  rules.apology_notice_days = j.value("apology_notice_days", rules.apology_notice_days);
  if (const auto at_minute = j.find("paper_handover_after");
      at_minute != j.end() && at_minute->is_string()) {
    // "HH:MM", Vietnam time; anything else keeps the law's 15:00.
    if (const auto minute = core::parse_iso("2000-01-01T" + at_minute->get<std::string>()))
      rules.paper_handover_minute = core::to_local(*minute).minute_of_day;
  }
  return rules;
}

bool unit_within(const std::vector<core::Unit>& units, long long unit_id, long long ancestor_id) {
  std::map<long long, const core::Unit*> by_id;
  for (const auto& unit : units) by_id[unit.id] = &unit;
  // The depth bound protects against a cycle in a mis-edited tree.
  for (int depth = 0; depth < 16; ++depth) {
    if (unit_id == ancestor_id) return true;
    auto it = by_id.find(unit_id);
    if (it == by_id.end() || !it->second->parent_id) return false;
    unit_id = *it->second->parent_id;
  }
  return false;
}

bool official_serves_side(const User& user, const core::Dossier& dossier, core::Side side,
                          const std::vector<core::Unit>& units) {
  if (!user.unit_id) return false;
  switch (side) {
    case core::Side::reception:
      return unit_within(units, *user.unit_id, dossier.receiving_unit_id);
    case core::Side::processing:
      return unit_within(units, *user.unit_id, dossier.competent_unit_id);
    case core::Side::step:
      return std::any_of(dossier.steps.begin(), dossier.steps.end(), [&](const auto& step) {
        return unit_within(units, *user.unit_id, step.unit_id);
      });
    case core::Side::owner:
      return false;
  }
  return false;
}

bool may_view(const User& user, const core::Dossier& dossier,
              const std::vector<core::Unit>& units) {
  if (dossier.owner_id == user.id) return true;
  // Until it is filed a draft is its owner's alone: no official, no administrator.
  if (dossier.lifecycle.status == core::Status::draft) return false;
  if (!user.is_official()) return false;
  return official_serves_side(user, dossier, core::Side::reception, units) ||
         official_serves_side(user, dossier, core::Side::processing, units) ||
         official_serves_side(user, dossier, core::Side::step, units);
}

core::Dossier viewable_dossier(Transaction& tx, const User& user, const std::string& code) {
  auto dossier = tx.find_dossier_by_code(code);
  if (!dossier || !may_view(user, *dossier, tx.list_units())) throw_not_found("dossier");
  return *dossier;
}

namespace {

// A step action needs the caller's unit to hold the step it moves, with the step's role.
bool holds_step(const User& user, const core::Dossier& dossier, core::Action action,
                core::Role role, const std::vector<core::Unit>& units) {
  if (!user.unit_id) return false;
  const auto serves = [&](long long unit_id) { return unit_within(units, *user.unit_id, unit_id); };
  return core::step_to_move(dossier.steps, action, role, serves).has_value();
}

}  // namespace

std::optional<core::Role> acting_role(const User& user, const core::Dossier& dossier,
                                      core::Action action, const std::vector<core::Unit>& units,
                                      const core::HandlingRules& rules) {
  const auto state = core::under_rules(dossier.lifecycle, rules);
  for (core::Role role : user.roles) {
    const auto decision = core::decide(state, action, role);
    if (!decision.to) continue;
    // With a workflow, its last step's completion approves the dossier.
    if (action == core::Action::approve && !dossier.steps.empty()) continue;
    bool side_ok = false;
    if (decision.side == core::Side::owner) {
      side_ok = dossier.owner_id == user.id;
    } else if (decision.side == core::Side::step) {
      side_ok = holds_step(user, dossier, action, role, units);
    } else {
      side_ok = official_serves_side(user, dossier, decision.side, units);
    }
    // The workflow may say which dossier actions the holder of a step takes.
    if (side_ok && decision.side == core::Side::processing && user.unit_id) {
      const auto serves = [&](long long unit_id) {
        return unit_within(units, *user.unit_id, unit_id);
      };
      side_ok = core::step_permits(dossier.steps, action, role, serves);
    }
    if (side_ok) return role;
  }
  return std::nullopt;
}

std::vector<core::Action> actions_for(const User& user, const core::Dossier& dossier,
                                      const std::vector<core::Unit>& units,
                                      const core::HandlingRules& rules) {
  std::vector<core::Action> actions;
  for (const auto& transition : core::transition_table()) {
    const auto action = transition.action;
    if (std::find(actions.begin(), actions.end(), action) != actions.end()) continue;
    if (acting_role(user, dossier, action, units, rules)) actions.push_back(action);
  }
  return actions;
}

std::vector<core::DossierStep> steps_at_reception(Transaction& tx, const core::Procedure& procedure,
                                                  core::Channel channel, core::Instant at) {
  std::vector<core::DossierStep> steps;
  for (const auto& definition : procedure.workflow) {
    const auto unit = tx.find_unit_by_code(definition.unit_code);
    if (!unit) throw AppError(ErrorKind::unavailable, "catalog_incomplete", "error.internal");
    core::DossierStep step;
    step.definition = definition;
    step.unit_id = unit->id;
    steps.push_back(std::move(step));
  }
  if (steps.empty()) return steps;
  const auto calendar = load_calendar(tx, at);
  const auto handed_over = core::handover_at(calendar, load_handling_rules(tx, at), channel, at);
  return core::start_workflow(std::move(steps), calendar, handed_over);
}

void record_event(const Services& services, Transaction& tx, core::Dossier& dossier,
                  const std::string& actor, const std::string& action, core::Status from,
                  core::Status to, const std::string& comment, const nlohmann::json& payload,
                  core::Instant at) {
  core::DossierEvent event;
  const auto previous = tx.last_event(dossier.id);
  event.seq = previous ? previous->seq + 1 : 1;
  event.at = at;
  event.actor = actor;
  event.action = action;
  event.from = from;
  event.to = to;
  event.comment = comment;
  event.payload = payload.is_null() ? "{}" : payload.dump();
  core::seal_event(event, previous ? &*previous : nullptr);
  tx.append_event(dossier.id, event);
  dossier.updated_at = at;
  tx.update_dossier(dossier);
  notify_transition(tx, dossier, action, from, to, at);  // same transaction as the event
  announce_event(services, tx, dossier, event);
}

long long receiving_unit_for(Transaction& tx, const core::Dossier& dossier, core::Instant at) {
  if (auto code = tx.setting("intake.receiving_unit", at)) {
    if (auto unit = tx.find_unit_by_code(nlohmann::json::parse(*code).get<std::string>()))
      return unit->id;
  }
  for (const auto& unit : tx.list_units()) {
    if (unit.receives_for_province) return unit.id;
  }
  return dossier.competent_unit_id;
}

void throw_transition_error(core::TransitionError error) {
  switch (error) {
    case core::TransitionError::role_not_allowed:
      throw_forbidden();
    case core::TransitionError::already_apologized:
      throw AppError(ErrorKind::conflict, "already_apologized", "error.already_apologized");
    case core::TransitionError::already_supplemented:
      throw AppError(ErrorKind::conflict, "already_supplemented", "error.already_supplemented");
    case core::TransitionError::not_allowed_from_status:
      break;
  }
  throw AppError(ErrorKind::conflict, "transition_not_allowed", "error.transition_not_allowed");
}

}  // namespace motcua::app
