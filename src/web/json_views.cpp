#include "web/json_views.hpp"

#include "app/bounded_json.hpp"
#include "app/procedure_json.hpp"

namespace motcua::web {

using nlohmann::json;

namespace {

// JSON the store kept, as a value of the answer: null where it cannot be read back within the
// bounds (a discarded value would be dumped as text that is not JSON).
json stored_json(const std::string& text) {
  auto value = app::parse_bounded_json(text);
  return value.is_discarded() ? json(nullptr) : value;
}

}  // namespace

// Built key by key, as the answers read most often are: an initializer list makes an array of
// every pair before the object.
json status_json(core::Status status) {
  json::object_t status_object;
  status_object.emplace("code", core::status_code(status));
  status_object.emplace("name", core::status_national_name(status));
  status_object.emplace("key", core::status_key(status));
  return status_object;
}

json optional_instant(const std::optional<core::Instant>& at) {
  return at ? json(core::format_iso(*at)) : json(nullptr);
}

json procedure_summary_json(const core::Procedure& p) {
  return {{"code", p.code},
          {"name", p.name},
          {"sector", {{"code", p.sector_code}, {"name", p.sector_name}}},
          {"agency", {{"code", p.agency_code}, {"name", p.agency_name}}},
          {"level", core::service_level_name(p.level)},
          {"audience", core::audience_name(p.audience)},
          {"duration_working_days", p.duration_working_days}};
}

json procedure_detail_json(const core::Procedure& p) {
  auto out = procedure_summary_json(p);
  const auto record = app::procedure_to_json(p);
  for (const char* key : {"steps", "channels", "components", "fees", "applicants", "result",
                          "legal_basis", "conditions", "effective_from"}) {
    out[key] = record.at(key);
  }
  out["form"] = {{"fields", record.at("form")}};
  out["result_validity_months"] = p.result_validity_months;
  return out;
}

json dossier_summary_json(const core::Dossier& d) {
  return {{"id", d.id},
          {"code", d.code.empty() ? json(nullptr) : json(d.code)},
          {"procedure", {{"code", d.procedure_code}, {"name", d.procedure_name}}},
          {"status", status_json(d.lifecycle.status)},
          {"channel", core::channel_name(d.channel)},
          {"applicant_name", d.applicant_name},
          {"submitted_at", optional_instant(d.submitted_at)},
          {"received_at", optional_instant(d.clock.received_at)},
          {"due_at", optional_instant(d.clock.due_at)},
          {"returned_at", optional_instant(d.returned_at)},
          {"updated_at", core::format_iso(d.updated_at)}};
}

json event_json(const core::DossierEvent& e) {
  return {
      {"seq", e.seq},         {"at", core::format_iso(e.at)},      {"actor", e.actor},
      {"action", e.action},   {"from", core::status_code(e.from)}, {"to", core::status_code(e.to)},
      {"comment", e.comment}, {"payload", stored_json(e.payload)}, {"hash", e.hash}};
}

json file_json(const app::StoredFile& f) {
  return {{"file_id", f.id},
          {"component_id", f.component_id},
          {"sha256", f.sha256},
          {"size", f.size},
          {"content_type", f.content_type},
          {"name", f.original_name},
          {"purpose", f.purpose},
          {"uploaded_at", core::format_iso(f.created_at)}};
}

namespace {

json steps_json(const app::DossierDetail& detail) {
  json steps = json::array();
  for (const auto& step : detail.dossier.steps) {
    const auto unit = detail.step_units.find(step.unit_id);
    const auto assignee = step.assignee_id ? detail.step_assignees.find(*step.assignee_id)
                                           : detail.step_assignees.end();
    const auto timeliness = core::step_timeliness(step);
    steps.push_back(
        {{"seq", step.definition.seq},
         {"name", step.definition.name},
         {"unit",
          {{"code", step.definition.unit_code},
           {"name", unit == detail.step_units.end() ? "" : unit->second.name}}},
         {"role", core::role_name(step.definition.role)},
         {"assignee",
          assignee == detail.step_assignees.end() ? json(nullptr) : json(assignee->second)},
         {"status", core::step_status_name(step.status)},
         {"started_at", optional_instant(step.started_at)},
         {"due_at", optional_instant(step.due_at)},
         {"done_at", optional_instant(step.done_at)},
         {"timeliness", timeliness ? json(core::timeliness_name(*timeliness)) : json(nullptr)}});
  }
  return steps;
}

}  // namespace

json dossier_detail_json(const app::DossierDetail& detail) {
  auto out = dossier_summary_json(detail.dossier);
  out["form"] = stored_json(detail.dossier.form_json);
  out["receiving_unit"] = {{"code", detail.receiving_unit.code},
                           {"name", detail.receiving_unit.name}};
  out["competent_unit"] = {{"code", detail.competent_unit.code},
                           {"name", detail.competent_unit.name}};
  out["assignee"] = detail.assignee ? json(detail.assignee->username) : json(nullptr);
  out["files"] = json::array();
  for (const auto& file : detail.files) out["files"].push_back(file_json(file));
  out["actions"] = json::array();
  for (auto action : detail.actions) out["actions"].push_back(core::action_name(action));
  out["apologized"] = detail.dossier.lifecycle.apologized;
  out["supplemented"] = detail.dossier.lifecycle.supplemented;
  out["steps"] = steps_json(detail);
  const auto& a = detail.dossier.applicant;
  out["applicant"] = {{"full_name", detail.dossier.applicant_name},
                      {"id_number", a.id_number},
                      {"phone", a.phone},
                      {"email", a.email},
                      {"address", a.address}};
  return out;
}

json verification_json(const app::Verification& verification) {
  const auto text_or_null = [](const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
  };
  return {{"valid", verification.valid},
          {"problem", text_or_null(verification.problem)},
          {"id", text_or_null(verification.id)},
          {"sha256", verification.sha256},
          {"signed_by", text_or_null(verification.signed_by)},
          {"signed_at", verification.signed_at ? json(core::format_iso(*verification.signed_at))
                                               : json(nullptr)},
          {"dossier_code", text_or_null(verification.dossier_code)},
          {"kind", text_or_null(verification.kind)},
          {"replaced_by", text_or_null(verification.replaced_by)}};
}

json lookup_json(const app::LookupResult& r) {
  json::object_t procedure;
  procedure.emplace("code", r.procedure_code);
  procedure.emplace("name", r.procedure_name);
  json::object_t lookup;
  lookup.emplace("code", r.code);
  lookup.emplace("procedure", std::move(procedure));
  lookup.emplace("status", status_json(r.status));
  lookup.emplace("received_at", optional_instant(r.received_at));
  lookup.emplace("due_at", optional_instant(r.due_at));
  lookup.emplace("returned_at", optional_instant(r.returned_at));
  return lookup;
}

}  // namespace motcua::web
