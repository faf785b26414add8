#include "app/procedure_json.hpp"

#include <stdexcept>

#include "app/workflow_json.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) { return j.value(key, std::string()); }

template <class T, class Parse>
T parse_enum(const json& j, const char* key, Parse parse, T fallback) {
  if (!j.contains(key)) return fallback;
  auto value = parse(j.at(key).get<std::string>());
  if (!value) throw std::invalid_argument(std::string("bad ") + key);
  return *value;
}

// A row's cells are scalars, so a column has no columns of its own: the definition is two levels
// at most and every walk over it (validation, views, JSON) stays that shallow.
core::FormField field_from_json(const json& j, bool is_column = false) {
  if (is_column && j.contains("columns")) throw std::invalid_argument("columns within a column");
  core::FormField field;
  field.name = j.at("name").get<std::string>();
  field.label = str(j, "label");
  field.type = parse_enum(j, "type", core::parse_field_type, core::FieldType::text);
  field.required = j.value("required", false);
  field.max_length = j.value("max_length", 0);
  field.profile_key = str(j, "profile_key");
  field.visible_if = str(j, "visible_if");
  for (const auto& option : j.value("options", json::array()))
    field.options.push_back({str(option, "value"), str(option, "label")});
  for (const auto& column : j.value("columns", json::array()))
    field.columns.push_back(field_from_json(column, true));
  field.hint = str(j, "hint");
  field.pattern = str(j, "pattern");
  field.min_length = j.value("min_length", 0);
  if (j.contains("min")) field.min = j.at("min").get<double>();
  if (j.contains("max")) field.max = j.at("max").get<double>();
  field.min_date = str(j, "min_date");
  field.max_date = str(j, "max_date");
  field.max_rows = j.value("max_rows", 0);
  return field;
}

}  // namespace

json form_field_to_json(const core::FormField& field) {
  json j{{"name", field.name},
         {"label", field.label},
         {"type", core::field_type_name(field.type)},
         {"required", field.required}};
  if (field.max_length > 0) j["max_length"] = field.max_length;
  if (!field.profile_key.empty()) j["profile_key"] = field.profile_key;
  if (!field.visible_if.empty()) j["visible_if"] = field.visible_if;
  if (!field.options.empty()) {
    j["options"] = json::array();
    for (const auto& o : field.options)
      j["options"].push_back({{"value", o.value}, {"label", o.label}});
  }
  if (!field.columns.empty()) {
    j["columns"] = json::array();
    for (const auto& c : field.columns) j["columns"].push_back(form_field_to_json(c));
  }
  // The validation rules travel with the definition so that every client checks as the server does.
  if (!field.hint.empty()) j["hint"] = field.hint;
  if (!field.pattern.empty()) j["pattern"] = field.pattern;
  if (field.min_length > 0) j["min_length"] = field.min_length;
  if (field.min) j["min"] = *field.min;
  if (field.max) j["max"] = *field.max;
  if (!field.min_date.empty()) j["min_date"] = field.min_date;
  if (!field.max_date.empty()) j["max_date"] = field.max_date;
  if (field.max_rows > 0) j["max_rows"] = field.max_rows;
  return j;
}

json procedure_to_json(const core::Procedure& p) {
  json components = json::array();
  for (const auto& c : p.components) {
    components.push_back({{"id", c.id},
                          {"name", c.name},
                          {"required", c.required},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"note", c.note}});
  }
  json fees = json::array();
  for (const auto& f : p.fees)
    fees.push_back({{"name", f.name}, {"amount_vnd", f.amount_vnd}, {"note", f.note}});
  json form = json::array();
  for (const auto& field : p.form) form.push_back(form_field_to_json(field));
  json out = {{"code", p.code},
              {"name", p.name},
              {"sector_code", p.sector_code},
              {"sector_name", p.sector_name},
              {"agency_code", p.agency_code},
              {"agency_name", p.agency_name},
              {"level", core::service_level_name(p.level)},
              {"audience", core::audience_name(p.audience)},
              {"duration_working_days", p.duration_working_days},
              {"steps", p.steps},
              {"channels", p.channels},
              {"components", components},
              {"fees", fees},
              {"applicants", p.applicants},
              {"result", p.result},
              {"legal_basis", p.legal_basis},
              {"conditions", p.conditions},
              {"form", form},
              {"workflow", workflow_to_json(p.workflow)},
              {"effective_from", core::format_date(p.effective_from)}};
  // Only when set, so that versions stored before the field keep their content hash.
  if (p.result_validity_months > 0) out["result_validity_months"] = p.result_validity_months;
  return out;
}

core::Procedure procedure_from_json(const json& j) {
  core::Procedure p;
  p.code = j.at("code").get<std::string>();
  p.name = j.at("name").get<std::string>();
  p.sector_code = str(j, "sector_code");
  p.sector_name = str(j, "sector_name");
  p.agency_code = str(j, "agency_code");
  p.agency_name = str(j, "agency_name");
  p.level = parse_enum(j, "level", core::parse_service_level, core::ServiceLevel::mot_phan);
  p.audience = parse_enum(j, "audience", core::parse_audience, core::Audience::citizen);
  p.duration_working_days = j.value("duration_working_days", 0);
  p.steps = j.value("steps", std::vector<std::string>{});
  p.channels = j.value("channels", std::vector<std::string>{});
  for (const auto& c : j.value("components", json::array())) {
    p.components.push_back({c.at("id").get<std::string>(), str(c, "name"),
                            c.value("required", true), c.value("originals", 1),
                            c.value("copies", 0), str(c, "note")});
  }
  for (const auto& f : j.value("fees", json::array()))
    p.fees.push_back({str(f, "name"), f.value("amount_vnd", 0LL), str(f, "note")});
  p.applicants = str(j, "applicants");
  p.result = str(j, "result");
  p.result_validity_months = j.value("result_validity_months", 0);
  p.legal_basis = str(j, "legal_basis");
  p.conditions = str(j, "conditions");
  for (const auto& field : j.value("form", json::array())) p.form.push_back(field_from_json(field));
  if (j.contains("workflow") && !j["workflow"].empty())
    p.workflow = workflow_from_json(j["workflow"]);
  if (auto date = core::parse_date(str(j, "effective_from"))) p.effective_from = *date;
  return p;
}

}  // namespace motcua::app
