#pragma once
// Validation of a procedure's e-form (requirements P6). The same rules run in the browser; the
// server's verdict is authoritative. Errors are i18n keys, not text.
#include <map>
#include <string>
#include <vector>

#include "core/procedure.hpp"

namespace motcua::core {

struct FormValue {
  std::string text;                                      // every type but rows
  std::vector<std::map<std::string, std::string>> rows;  // rows
};
using FormValues = std::map<std::string, FormValue>;

// field name (or "name[row].column") → i18n key of the error ("error.required", …)
using FieldErrors = std::map<std::string, std::string>;

FieldErrors validate_form(const std::vector<FormField>& fields, const FormValues& values);

// Căn cước (citizen identity) number: 12 digits whose first three are a province-of-birth code and
// whose fourth encodes century and sex (Circular 07/2016/TT-BCA, as kept by Circular 59/2021).
bool is_valid_citizen_id(std::string_view id);
bool is_valid_email(std::string_view email);
bool is_valid_phone(std::string_view phone);  // Vietnamese numbers: 0 + 9–10 digits, or +84

// Whether a field with `visible_if` is shown for these values.
bool is_field_visible(const FormField& field, const FormValues& values);

}  // namespace motcua::core
