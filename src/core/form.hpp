#pragma once
// Validation of a procedure's e-form (requirements P6). The same rules run in the browser; the
// server's verdict is authoritative. Errors are i18n keys, not text.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/procedure.hpp"
#include "core/time.hpp"

namespace motcua::core {

struct FormValue {
  std::string text;                                      // every type but rows
  std::vector<std::map<std::string, std::string>> rows;  // rows
  std::map<std::string, std::string> parts;              // address: province, commune, street
};

// The parts of an address answer: the two tiers of the administrative-unit catalog since the
// 2025 reorganisation (Resolution 202/2025/QH15: province, then commune; no district) and the
// street line. Errors of a part are keyed "name.part".
inline constexpr const char* kAddressProvince = "province";
inline constexpr const char* kAddressCommune = "commune";
inline constexpr const char* kAddressStreet = "street";
inline constexpr int kAddressStreetMaxLength = 200;
inline constexpr int kDefaultMaxRows = 20;

// What rules relative to the present need: "today" in Asia/Ho_Chi_Minh. Without it such bounds
// are not checked (core reads no clock).
struct FormContext {
  std::optional<LocalDate> today;
};
using FormValues = std::map<std::string, FormValue>;

// field name (or "name[row].column") → i18n key of the error ("error.required", …)
using FieldErrors = std::map<std::string, std::string>;

FieldErrors validate_form(const std::vector<FormField>& fields, const FormValues& values,
                          const FormContext& context = {});

// The error of one scalar value of `field` (an i18n key), or "" when it is valid.
std::string validate_text(const FormField& field, std::string_view value,
                          const FormContext& context = {});

// Căn cước (citizen identity) number: 12 digits whose first three are a province-of-birth code and
// whose fourth encodes century and sex (Circular 07/2016/TT-BCA, as kept by Circular 59/2021).
bool is_valid_citizen_id(std::string_view id);
bool is_valid_email(std::string_view email);
bool is_valid_phone(std::string_view phone);  // Vietnamese numbers: 0 + 9–10 digits, or +84

// Whether a field with `visible_if` is shown for these values. Rules: "other=value" (equals),
// "other=a|b|c" (one of), "other!=value" (not equal, or one of none).
bool is_field_visible(const FormField& field, const FormValues& values);

}  // namespace motcua::core
