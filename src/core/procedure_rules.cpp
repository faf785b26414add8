#include "core/procedure_rules.hpp"

#include <cctype>
#include <set>

namespace motcua::core {
namespace {

// Field names become JSON keys, HTML ids and rule identifiers: letters, digits and underscores.
bool well_formed_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (const unsigned char c : name)
    if (!std::isalnum(c) && c != '_') return false;
  return std::isalpha(static_cast<unsigned char>(name.front())) != 0;
}

void check_components(const Procedure& procedure, FieldErrors& errors) {
  std::set<std::string> ids;
  for (const auto& component : procedure.components) {
    if (component.id.empty() || component.name.empty() || !ids.insert(component.id).second)
      errors["components"] = "error.procedure_components";
  }
}

void check_form(const Procedure& procedure, FieldErrors& errors) {
  std::set<std::string> names;
  for (const auto& field : procedure.form) {
    if (!well_formed_name(field.name) || field.label.empty() || !names.insert(field.name).second)
      errors["form"] = "error.procedure_form";
  }
}

}  // namespace

FieldErrors procedure_errors(const Procedure& procedure) {
  FieldErrors errors;
  if (procedure.name.empty()) errors["name"] = "error.required";
  if (procedure.agency_code.empty()) errors["agency_code"] = "error.required";
  if (procedure.duration_working_days <= 0 ||
      procedure.duration_working_days > kLongestDurationWorkingDays)
    errors["duration_working_days"] = "error.procedure_duration";
  if (procedure.result_validity_months < 0 ||
      procedure.result_validity_months > kLongestValidityMonths)
    errors["result_validity_months"] = "error.procedure_validity";
  for (const auto& fee : procedure.fees)
    if (fee.amount_vnd < 0) errors["fees"] = "error.procedure_fees";
  check_components(procedure, errors);
  check_form(procedure, errors);
  return errors;
}

}  // namespace motcua::core
