#include "app/counter_intake.hpp"

#include "app/admin_units.hpp"
#include "app/dossier_flow.hpp"
#include "app/dossier_printouts.hpp"
#include "app/errors.hpp"
#include "app/form_json.hpp"
#include "core/action_rules.hpp"
#include "core/dossier_code.hpp"
#include "core/form.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Status;

constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxAddressBytes = 500;

std::map<std::string, std::string> applicant_errors(const IntakeInput& in) {
  std::map<std::string, std::string> errors;
  const auto& a = in.applicant;
  if (in.channel != core::Channel::counter && in.channel != core::Channel::post)
    errors["channel"] = "error.option";
  if (core::trim(in.full_name).empty()) errors["applicant.full_name"] = "error.required";
  if (in.full_name.size() > kMaxNameBytes) errors["applicant.full_name"] = "error.too_long";
  if (!core::is_valid_citizen_id(a.id_number)) errors["applicant.id_number"] = "error.citizen_id";
  if (!a.phone.empty() && !core::is_valid_phone(a.phone)) errors["applicant.phone"] = "error.phone";
  if (!a.email.empty() && !core::is_valid_email(a.email)) errors["applicant.email"] = "error.email";
  if (a.address.size() > kMaxAddressBytes) errors["applicant.address"] = "error.too_long";
  // The result of a postal dossier goes back by post: its address is required.
  if (in.channel == core::Channel::post && core::trim(a.address).empty())
    errors["applicant.address"] = "error.required";
  return errors;
}

// Papers at the desk are checked by the official; the e-form's own rules still hold.
void check_form(Transaction& tx, const core::Procedure& procedure, const nlohmann::json& form,
                core::Instant now) {
  const auto values = to_form_values(form);
  auto errors = core::validate_form(procedure.form, values, {core::to_local(now).date});
  errors.merge(check_address_units(tx, procedure.form, values));
  if (!errors.empty()) throw_invalid(errors);
}

long long owner_for(Transaction& tx, const Principal& desk, const std::string& id_number) {
  const auto accounts = tx.find_applicants_by_citizen_id(id_number);
  return accounts.size() == 1 ? accounts.front().id : desk.user.id;
}

}  // namespace

core::Dossier CounterIntake::take(const Principal& who, const IntakeInput& input) {
  if (!who.user.has_role(core::Role::reception) || !who.user.unit_id) throw_forbidden();
  if (auto errors = applicant_errors(input); !errors.empty()) throw_invalid(errors);
  check_form_shape(input.form);
  const auto now = services_.clock.now();
  core::Dossier dossier;
  services_.store.write([&](Transaction& tx) {
    const auto procedure =
        tx.find_procedure_in_force(input.procedure_code, core::to_local(now).date);
    if (!procedure) throw_invalid({{"procedure_code", "error.unknown_procedure"}});
    const auto competent = tx.find_unit_by_code(procedure->agency_code);
    const auto desk = tx.find_unit(*who.user.unit_id);
    if (!competent || !desk)
      throw AppError(ErrorKind::unavailable, "catalog_incomplete", "error.internal");
    auto form = input.form;
    check_form(tx, *procedure, form, now);
    describe_addresses(tx, procedure->form, form);
    dossier.procedure_version_id = procedure->version_id;
    dossier.procedure_code = procedure->code;
    dossier.procedure_name = procedure->name;
    dossier.owner_id = owner_for(tx, who, input.applicant.id_number);
    dossier.applicant_name = core::trim(input.full_name);
    dossier.applicant = input.applicant;
    dossier.channel = input.channel;
    dossier.competent_unit_id = competent->id;
    dossier.receiving_unit_id = desk->id;
    dossier.form_json = form.dump();
    dossier.created_at = now;
    dossier.updated_at = now;
    dossier.submitted_at = now;
    const auto day = core::to_local(now).date;
    dossier.code = core::format_dossier_code(
        desk->code, day, tx.next_dossier_number(desk->id, core::counter_day_key(day)));
    dossier.clock = core::clock_after(core::Action::intake, dossier.clock, load_calendar(tx, now),
                                      {.at = now, .working_days = procedure->duration_working_days})
                        .clock;
    const auto decision =
        core::decide(dossier.lifecycle, core::Action::intake, core::Role::reception);
    dossier.lifecycle = core::apply(dossier.lifecycle, core::Action::intake, *decision.to);
    dossier.steps = steps_at_reception(tx, *procedure, dossier.channel, now);
    dossier.id = tx.insert_dossier(dossier);
    tx.save_steps(dossier.id, dossier.steps);
    record_event(services_, tx, dossier, who.user.username, "intake", Status::draft,
                 Status::received, "",
                 {{"code", dossier.code},
                  {"channel", std::string(core::channel_name(dossier.channel))},
                  {"received_at", core::format_iso(*dossier.clock.received_at)},
                  {"due_at", core::format_iso(*dossier.clock.due_at)},
                  {"form", "01"}},
                 now);
    issue_form_01(services_, tx, dossier, who.user);
  });
  return dossier;
}

}  // namespace motcua::app
