#include "app/applicant_dossiers.hpp"

#include <algorithm>

#include "app/admin_units.hpp"
#include "app/bounded_json.hpp"
#include "app/catalog.hpp"
#include "app/declaration_signing.hpp"
#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/form_json.hpp"
#include "core/action_rules.hpp"
#include "core/dossier_code.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Status;

bool is_applicant(const User& user) {
  return user.has_role(core::Role::citizen) || user.has_role(core::Role::business);
}

void require_applicant(const Principal& who) {
  if (!is_applicant(who.user)) throw_forbidden();
}

// Decree 118/2025 Art 14: a provincial centre receives dossiers for every unit in the province.
// The setting "intake.receiving_unit" names the desk; without it, the centre that receives for the
// province, and failing that the competent unit itself.
std::map<std::string, std::string> missing_components(const core::Procedure& procedure,
                                                      const std::vector<StoredFile>& files) {
  std::map<std::string, std::string> errors;
  for (const auto& component : procedure.components) {
    if (!component.required) continue;
    const bool present = std::any_of(files.begin(), files.end(), [&](const StoredFile& f) {
      return f.component_id == component.id && f.purpose == "component";
    });
    if (!present) errors["component:" + component.id] = "error.component_required";
  }
  return errors;
}

// A quota, not a rate: the account stays refused until it deletes or files some of its drafts.
void check_draft_quota(Transaction& tx, const Policy& policy, long long owner_id) {
  if (policy.max_drafts_per_account <= 0) return;
  const auto usage = tx.lock_draft_usage(owner_id);
  if (usage.drafts < policy.max_drafts_per_account) return;
  AppError error(ErrorKind::conflict, "quota_exceeded", "error.draft_quota");
  error.params = {{"count", std::to_string(usage.drafts)},
                  {"limit", std::to_string(policy.max_drafts_per_account)}};
  throw error;
}

}  // namespace

core::Dossier ApplicantDossiers::create_draft(const Principal& who,
                                              const std::string& procedure_code,
                                              const nlohmann::json& form) {
  require_applicant(who);
  refuse_local_filing(services_.policy, procedure_code);  // requirements §13.6
  check_form_shape(form);
  const auto now = services_.clock.now();
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    check_draft_quota(tx, services_.policy, who.user.id);
    auto procedure = tx.find_procedure_in_force(procedure_code, core::to_local(now).date);
    if (!procedure) throw_invalid({{"procedure_code", "error.unknown_procedure"}});
    if (procedure->level == core::ServiceLevel::truc_tiep)
      throw_invalid({{"procedure_code", "error.procedure_not_online"}});
    auto competent = tx.find_unit_by_code(procedure->agency_code);
    if (!competent) throw AppError(ErrorKind::unavailable, "catalog_incomplete", "error.internal");
    dossier.procedure_version_id = procedure->version_id;
    dossier.procedure_code = procedure->code;
    dossier.procedure_name = procedure->name;
    dossier.owner_id = who.user.id;
    dossier.applicant_name = who.user.full_name;
    dossier.competent_unit_id = competent->id;
    dossier.receiving_unit_id = receiving_unit_for(tx, dossier, now);
    dossier.form_json = form.dump();
    dossier.created_at = now;
    dossier.updated_at = now;
    dossier.id = tx.insert_dossier(dossier);
    record_event(services_, tx, dossier, who.user.username, "create", Status::draft, Status::draft,
                 "", {}, now);
  });
  return dossier;
}

core::Dossier ApplicantDossiers::owned_draft(Transaction& tx, const Principal& who, long long id) {
  auto dossier = tx.find_dossier(id);
  if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
  if (dossier->lifecycle.status != Status::draft)
    throw AppError(ErrorKind::conflict, "not_a_draft", "error.not_a_draft");
  return *dossier;
}

core::Dossier ApplicantDossiers::owned_by_code(Transaction& tx, const Principal& who,
                                               const std::string& code) {
  auto dossier = tx.find_dossier_by_code(code);
  if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
  return *dossier;
}

core::Dossier ApplicantDossiers::update_draft(const Principal& who, long long id,
                                              const nlohmann::json& form) {
  require_applicant(who);
  check_form_shape(form);
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    dossier = owned_draft(tx, who, id);
    dossier.form_json = form.dump();
    dossier.updated_at = services_.clock.now();
    tx.update_dossier(dossier);
  });
  return dossier;
}

// what stops a draft from being filed, checked the same way before the review page and at
// submission: the form's rules (core/form), the address catalog, and the required components.
namespace {
core::FieldErrors submission_errors(Transaction& tx, const core::Procedure& procedure,
                                    const core::Dossier& dossier, core::Instant now) {
  const auto values = to_form_values(parse_bounded_json(dossier.form_json));
  auto errors = core::validate_form(procedure.form, values, {core::to_local(now).date});
  errors.merge(check_address_units(tx, procedure.form, values));
  errors.merge(missing_components(procedure, tx.list_files(dossier.id)));
  return errors;
}
}  // namespace

core::FieldErrors ApplicantDossiers::check_draft(const Principal& who, long long id) {
  require_applicant(who);
  core::FieldErrors errors;
  services_.store.read([&](Transaction& tx) {
    const auto dossier = owned_draft(tx, who, id);
    auto procedure = tx.find_procedure_in_force(dossier.procedure_code,
                                                core::to_local(services_.clock.now()).date);
    if (!procedure) throw_invalid({{"procedure_code", "error.unknown_procedure"}});
    errors = submission_errors(tx, *procedure, dossier, services_.clock.now());
  });
  return errors;
}

core::Dossier ApplicantDossiers::submit(const Principal& who, long long id) {
  require_applicant(who);
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    auto found = tx.find_dossier(id);
    if (!found || found->owner_id != who.user.id) throw_not_found("dossier");
    dossier = *found;
    if (dossier.lifecycle.status != Status::draft) {
      if (!dossier.code.empty()) return;  // already submitted: the same dossier, not a second one
      throw AppError(ErrorKind::conflict, "not_a_draft", "error.not_a_draft");
    }
    // The dossier follows the procedure version in force when it is filed.
    auto procedure = tx.find_procedure_in_force(dossier.procedure_code,
                                                core::to_local(services_.clock.now()).date);
    if (!procedure) throw_invalid({{"procedure_code", "error.unknown_procedure"}});
    const auto now = services_.clock.now();
    auto form = parse_bounded_json(dossier.form_json);
    const auto errors = submission_errors(tx, *procedure, dossier, now);
    if (!errors.empty()) throw_invalid(errors);
    require_signature_covers(tx, dossier);
    describe_addresses(tx, procedure->form, form);  // officials read addresses in words
    dossier.form_json = form.dump();
    const auto receiving = tx.find_unit(dossier.receiving_unit_id);
    // The day's counter stays locked until the commit, holding every other submission to the unit
    // back: what the event needs is read before it is taken (the store remembers it).
    (void)tx.last_event(dossier.id);
    const auto day = core::to_local(now).date;
    const auto number = tx.next_dossier_number(receiving->id, core::counter_day_key(day));
    dossier.procedure_version_id = procedure->version_id;
    dossier.code = core::format_dossier_code(receiving->code, day, number);
    dossier.submitted_at = now;
    dossier.applicant = {who.user.citizen_id, who.user.phone, who.user.email, who.user.address};
    dossier.lifecycle = core::apply(dossier.lifecycle, core::Action::submit, Status::submitted);
    record_event(services_, tx, dossier, who.user.username, "submit", Status::draft,
                 Status::submitted, "", {{"code", dossier.code}}, now);
  });
  return dossier;
}

Page<core::Dossier> ApplicantDossiers::mine(const Principal& who, int page) {
  DossierQuery query;
  query.owner_id = who.user.id;
  query.include_drafts = true;
  query.page = std::max(1, page);
  Page<core::Dossier> result;
  services_.store.read([&](Transaction& tx) { result = tx.list_dossiers(query); });
  return result;
}

core::Dossier ApplicantDossiers::answer_supplement(const Principal& who, const std::string& code,
                                                   const std::string& comment,
                                                   const std::vector<Upload>& uploads) {
  require_applicant(who);
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    dossier = owned_by_code(tx, who, code);
    const auto decision =
        core::decide(dossier.lifecycle, core::Action::answer_supplement, who.user.roles.front());
    if (!decision.to) throw_transition_error(*decision.error);
    const auto now = services_.clock.now();
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file :
         DossierUploads(services_).store_within(tx, who, dossier, uploads, "supplement"))
      files.push_back(file.sha256);
    const auto from = dossier.lifecycle.status;
    dossier.clock = core::clock_after(core::Action::answer_supplement, dossier.clock,
                                      load_calendar(tx, now), {.at = now})
                        .clock;
    dossier.lifecycle =
        core::apply(dossier.lifecycle, core::Action::answer_supplement, *decision.to);
    nlohmann::json payload{{"files", files}};
    if (dossier.clock.due_at) payload["due_at"] = core::format_iso(*dossier.clock.due_at);
    record_event(services_, tx, dossier, who.user.username, "answer-supplement", from, *decision.to,
                 core::trim(comment), payload, now);
  });
  return dossier;
}

core::Dossier ApplicantDossiers::withdraw(const Principal& who, const std::string& code,
                                          const std::string& reason) {
  require_applicant(who);
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    dossier = owned_by_code(tx, who, code);
    const auto decision =
        core::decide(dossier.lifecycle, core::Action::withdraw, who.user.roles.front());
    if (!decision.to) throw_transition_error(*decision.error);
    const auto from = dossier.lifecycle.status;
    dossier.lifecycle = core::apply(dossier.lifecycle, core::Action::withdraw, *decision.to);
    record_event(services_, tx, dossier, who.user.username, "withdraw", from, *decision.to,
                 core::trim(reason), {}, services_.clock.now());
  });
  return dossier;
}

void fill_detail(Transaction& tx, const User& viewer, const core::Dossier& dossier,
                 const std::vector<core::Unit>& units, core::Instant now, DossierDetail& detail) {
  detail.dossier = dossier;
  // A draft is filled in, checked and filed under the version in force: a version published
  // since it was started brings its form and papers to it. A filed dossier keeps its own.
  const auto in_force =
      dossier.lifecycle.status == core::Status::draft
          ? tx.find_procedure_in_force(dossier.procedure_code, core::to_local(now).date)
          : std::nullopt;
  detail.procedure =
      in_force ? *in_force : tx.find_procedure_version(dossier.procedure_version_id).value();
  detail.files = tx.list_files(dossier.id);
  detail.events = tx.list_events(dossier.id);
  detail.actions = actions_for(viewer, dossier, units, load_handling_rules(tx, now));
  for (const auto& unit : units) {
    if (unit.id == dossier.receiving_unit_id) detail.receiving_unit = unit;
    if (unit.id == dossier.competent_unit_id) detail.competent_unit = unit;
  }
  if (dossier.assignee_id) detail.assignee = tx.find_user(*dossier.assignee_id);
  for (const auto& step : dossier.steps) {
    for (const auto& unit : units)
      if (unit.id == step.unit_id) detail.step_units[unit.id] = unit;
    if (step.assignee_id && !detail.step_assignees.contains(*step.assignee_id)) {
      if (auto user = tx.find_user(*step.assignee_id))
        detail.step_assignees[user->id] = user->username;
    }
  }
}

DossierDetail load_detail(Services& services, const User& viewer, const std::string& id_or_code) {
  DossierDetail detail;
  const auto now = services.clock.now();
  services.store.read([&](Transaction& tx) {
    std::optional<core::Dossier> dossier = tx.find_dossier_by_code(id_or_code);
    if (!dossier && !id_or_code.empty() &&
        std::all_of(id_or_code.begin(), id_or_code.end(), ::isdigit) && id_or_code.size() < 18) {
      dossier = tx.find_dossier(std::stoll(id_or_code));
    }
    const auto units = tx.list_units();
    if (!dossier || !may_view(viewer, *dossier, units)) throw_not_found("dossier");
    fill_detail(tx, viewer, *dossier, units, now, detail);
  });
  return detail;
}

LookupResult lookup(Services& services, const std::string& code) {
  std::optional<LookupResult> result;
  services.store.glance([&](Transaction& tx) { result = tx.find_lookup(core::trim(code)); });
  if (!result) throw_not_found("dossier");
  return *result;
}

}  // namespace motcua::app
