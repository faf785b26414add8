#include "app/procedure_versions.hpp"

#include "app/errors.hpp"
#include "app/procedure_json.hpp"
#include "core/procedure_rules.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

// Keys a version record may set; anything else is refused so a typo is not silently ignored.
const std::vector<std::string> kRecordKeys{
    "name",        "sector_code", "sector_name",    "agency_code",
    "agency_name", "level",       "audience",       "duration_working_days",
    "steps",       "channels",    "components",     "fees",
    "applicants",  "result",      "legal_basis",    "conditions",
    "form",        "workflow",    "effective_from", "result_validity_months"};

void require_admin(const Principal& who) {
  if (!who.user.has_role(core::Role::admin)) throw_forbidden();
}

// The catalog API's shape of a key, in the stored record's.
void overlay(json& record, const std::string& key, const json& value) {
  if ((key == "sector" || key == "agency") && value.is_object()) {
    if (value.contains("code")) record[key + "_code"] = value["code"];
    if (value.contains("name")) record[key + "_name"] = value["name"];
  } else if (key == "form" && value.is_object()) {
    record["form"] = value.value("fields", json::array());
  } else if (key == "fees" && value.is_array()) {
    json fees = json::array();
    for (auto fee : value) {
      if (fee.is_object() && !fee.contains("amount_vnd") && fee.contains("amount"))
        fee["amount_vnd"] = fee["amount"];
      fees.push_back(fee);
    }
    record["fees"] = fees;
  } else if (std::find(kRecordKeys.begin(), kRecordKeys.end(), key) != kRecordKeys.end()) {
    record[key] = value;
  } else {
    throw_invalid({{key, "error.unknown_field"}});
  }
}

core::Procedure version_from(const core::Procedure& in_force, const std::string& code,
                             const json& fields) {
  if (!fields.is_object()) throw_invalid({{"body", "error.form_shape"}});
  if (!fields.contains("effective_from") || !fields["effective_from"].is_string() ||
      !core::parse_date(fields["effective_from"].get<std::string>()))
    throw_invalid({{"effective_from", "error.date"}});
  auto record = procedure_to_json(in_force);
  for (const auto& [key, value] : fields.items()) {
    if (key == "code") {
      if (value != code) throw_invalid({{"code", "error.procedure_code_mismatch"}});
      continue;
    }
    if (key == "version_id" || key == "id") continue;  // read back from the API: not a field
    overlay(record, key, value);
  }
  try {
    return procedure_from_json(record);
  } catch (const std::exception&) {
    throw_invalid({{"body", "error.procedure_record"}});
  }
}

}  // namespace

PublishedVersion ProcedureVersions::publish(const Principal& who, const std::string& code,
                                            const json& fields, const std::string& ip) {
  require_admin(who);
  const auto today = core::to_local(services_.clock.now()).date;
  PublishedVersion published;
  services_.store.write([&](Transaction& tx) {
    const auto in_force = tx.find_procedure_in_force(code, today);
    if (!in_force) throw_not_found("procedure");
    auto procedure = version_from(*in_force, code, fields);
    auto errors = core::procedure_errors(procedure);
    if (procedure.effective_from < today) errors["effective_from"] = "error.not_in_past";
    if (!procedure.agency_code.empty() && !tx.find_unit_by_code(procedure.agency_code))
      errors["agency_code"] = "error.unknown_unit";
    if (!errors.empty()) throw_invalid(errors);
    const auto latest = tx.find_procedure(code);
    procedure.version_id = tx.save_procedure(procedure);
    published.created = !latest || latest->version_id != procedure.version_id;
    published.procedure = procedure;
    if (published.created)
      tx.append_audit(AuditEntry{services_.clock.now(), who.user.username, "procedure_version",
                                 code, core::format_date(procedure.effective_from), ip});
  });
  return published;
}

std::vector<core::Procedure> ProcedureVersions::list(const Principal& who,
                                                     const std::string& code) {
  require_admin(who);
  std::vector<core::Procedure> versions;
  services_.store.read([&](Transaction& tx) { versions = tx.list_procedure_versions(code); });
  if (versions.empty()) throw_not_found("procedure");
  return versions;
}

}  // namespace motcua::app
