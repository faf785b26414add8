#include "core/form.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <regex>

#include "core/pattern_cache.hpp"
#include "core/text.hpp"

namespace motcua::core {

namespace {

constexpr int kDefaultMaxLength = 500;
constexpr int kDefaultTextareaMaxLength = 5000;
// The longest value checked against a field's pattern; longer ones are refused as too long.
constexpr std::size_t kMaxPatternCheckedBytes = 1000;

// Province-of-birth codes of the identity number (Circular 07/2016/TT-BCA Annex, kept by
// Circular 59/2021/TT-BCA): the 63 provinces before the 2025 mergers. Numbers issued since keep
// these codes, so they stay valid.
constexpr std::array<int, 63> kProvinceCodes{
    1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

std::size_t code_point_count(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// -?digits[.digits][e[+-]digits]: what a browser's number input and a JSON number produce.
bool is_number(std::string_view text) {
  std::size_t pos = text.starts_with('-') ? 1 : 0;
  const auto digits = [&] {
    const std::size_t start = pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
    return pos > start;
  };
  if (!digits()) return false;
  if (pos < text.size() && text[pos] == '.' && (++pos, !digits())) return false;
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) ++pos;
    if (!digits()) return false;
  }
  return pos == text.size();
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// YYYY-MM-DD naming a day that exists (no 31 April, 29 February only in leap years).
bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  const auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
  if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return false;
  const std::chrono::year_month_day date{std::chrono::year{to_int(year)},
                                         std::chrono::month{static_cast<unsigned>(to_int(month))},
                                         std::chrono::day{static_cast<unsigned>(to_int(day))}};
  return to_int(year) >= 1 && date.ok();
}

bool is_checkbox_value(std::string_view text) {
  return text.empty() || text == "on" || text == "1" || text == "true";
}

bool is_option(const FormField& field, std::string_view text) {
  return std::any_of(field.options.begin(), field.options.end(),
                     [&](const FieldOption& option) { return option.value == text; });
}

std::size_t max_length_of(const FormField& field) {
  if (field.max_length > 0) return static_cast<std::size_t>(field.max_length);
  return field.type == FieldType::textarea ? kDefaultTextareaMaxLength : kDefaultMaxLength;
}

// The format check of each type, on a value already trimmed and known to be non-empty.
const char* format_error(const FormField& field, std::string_view text) {
  switch (field.type) {
    case FieldType::number:
      return is_number(text) ? nullptr : "error.number";
    case FieldType::date:
      return is_iso_date(text) ? nullptr : "error.date";
    case FieldType::email:
      return is_valid_email(text) ? nullptr : "error.email";
    case FieldType::phone:
      return is_valid_phone(text) ? nullptr : "error.phone";
    case FieldType::citizen_id:
      return is_valid_citizen_id(text) ? nullptr : "error.citizen_id";
    case FieldType::select:
    case FieldType::radio:
      return is_option(field, text) ? nullptr : "error.option";
    case FieldType::checkbox:
      return is_checkbox_value(text) ? nullptr : "error.option";
    default:
      return nullptr;
  }
}

// A date bound of the definition: "today" (when the context knows it) or an ISO date.
std::optional<LocalDate> date_bound(std::string_view bound, const FormContext& context) {
  if (bound == "today") return context.today;
  return parse_date(bound);
}

// Bounds and the pattern, on a value whose format is already right.
const char* rule_error(const FormField& field, const std::string& text,
                       const FormContext& context) {
  if (field.type == FieldType::number) {
    const double number = std::strtod(text.c_str(), nullptr);
    if (field.min && number < *field.min) return "eform.error.too_small";
    if (field.max && number > *field.max) return "eform.error.too_large";
  }
  if (field.type == FieldType::date) {
    const auto date = parse_date(text);
    const auto earliest = date_bound(field.min_date, context);
    const auto latest = date_bound(field.max_date, context);
    if (date && earliest && *date < *earliest) return "eform.error.date_too_early";
    if (date && latest && *date > *latest) return "eform.error.date_too_late";
  }
  if (!field.pattern.empty()) {
    // libstdc++'s std::regex recurses once per character: a long enough value would overflow the
    // stack, whatever max_length the catalog sets. Patterns describe short codes.
    if (text.size() > kMaxPatternCheckedBytes) return "error.too_long";
    // A broken expression (nullptr, or one that fails while matching) is the catalog's fault, not
    // the applicant's: the demo data test rejects it, and here the rule is skipped rather than
    // blocking every filing.
    try {
      const auto pattern = compiled_pattern(field.pattern);
      if (pattern && !std::regex_match(text, *pattern)) return "eform.error.pattern";
    } catch (const std::regex_error&) {
    }
  }
  return nullptr;
}

// The error of one scalar field, or nullptr.
const char* text_error(const FormField& field, std::string_view raw, const FormContext& context) {
  if (!is_valid_utf8(raw)) return "error.invalid_utf8";
  const std::string text = trim(raw);
  // An unticked box sends "", so a required box must be ticked.
  if (text.empty()) return field.required ? "error.required" : nullptr;
  if (code_point_count(text) > max_length_of(field)) return "error.too_long";
  if (field.min_length > 0 && code_point_count(text) < static_cast<std::size_t>(field.min_length))
    return "eform.error.too_short";
  if (const char* error = format_error(field, text)) return error;
  return rule_error(field, text, context);
}

// Catalog codes: digits, capitals and dots (statistical codes such as "01" or "00004", and the
// demo province's "H29.12.05"). Whether the commune lies in the province is the app's check.
bool is_unit_code(std::string_view code) {
  return !code.empty() && code.size() <= 35 && std::all_of(code.begin(), code.end(), [](char c) {
    return is_digit(c) || (c >= 'A' && c <= 'Z') || c == '.';
  });
}

std::string part_of(const FormValue* value, const char* part) {
  if (value == nullptr) return "";
  const auto found = value->parts.find(part);
  return found == value->parts.end() ? "" : trim(found->second);
}

// An address is either the parts (province, commune, street) or, from older clients, one line.
void validate_address(const FormField& field, const FormValue* value, const std::string& key,
                      FieldErrors& errors) {
  if (value != nullptr && value->parts.empty() && !trim(value->text).empty()) {
    if (const char* error = text_error(field, value->text, {})) errors[key] = error;
    return;
  }
  const auto province = part_of(value, kAddressProvince);
  const auto commune = part_of(value, kAddressCommune);
  const auto street = part_of(value, kAddressStreet);
  // Once any part is given the unit pair must be whole: half an address reaches no one.
  const bool started = !province.empty() || !commune.empty() || !street.empty();
  if (!field.required && !started) return;
  const auto check_code = [&](const std::string& code, const char* part) {
    if (code.empty()) {
      errors[key + "." + part] = "error.required";
    } else if (!is_unit_code(code)) {
      errors[key + "." + part] = "error.option";
    }
  };
  check_code(province, kAddressProvince);
  check_code(commune, kAddressCommune);
  const auto street_key = key + "." + kAddressStreet;
  if (!is_valid_utf8(street)) {
    errors[street_key] = "error.invalid_utf8";
  } else if (street.empty() && field.required) {
    errors[street_key] = "error.required";
  } else if (code_point_count(street) > kAddressStreetMaxLength) {
    errors[street_key] = "error.too_long";
  }
}

void validate_field(const FormField& field, const FormValues& values, const std::string& key,
                    const FormContext& context, FieldErrors& errors);

// Each row is checked column by column under "name[i].column"; a column's visible_if refers to
// cells of its own row.
void validate_rows(const FormField& field, const FormValue* value, const std::string& key,
                   const FormContext& context, FieldErrors& errors) {
  const std::size_t row_count = value != nullptr ? value->rows.size() : 0;
  if (row_count == 0 && field.required) errors[key] = "error.required";
  const int limit = field.max_rows > 0 ? field.max_rows : kDefaultMaxRows;
  if (row_count > static_cast<std::size_t>(limit)) errors[key] = "eform.error.too_many_rows";
  for (std::size_t i = 0; i < row_count; ++i) {
    FormValues cells;
    for (const auto& [column, text] : value->rows[i]) cells[column].text = text;
    const std::string prefix = key + "[" + std::to_string(i) + "].";
    for (const auto& column : field.columns) {
      validate_field(column, cells, prefix + column.name, context, errors);
    }
  }
}

void validate_field(const FormField& field, const FormValues& values, const std::string& key,
                    const FormContext& context, FieldErrors& errors) {
  if (!is_field_visible(field, values)) return;  // a hidden field's value is not submitted
  const auto found = values.find(field.name);
  const FormValue* value = found != values.end() ? &found->second : nullptr;
  if (field.type == FieldType::rows) {
    validate_rows(field, value, key, context, errors);
  } else if (field.type == FieldType::address) {
    validate_address(field, value, key, errors);
  } else if (field.type == FieldType::file) {
    return;  // files are checked per component when the dossier is submitted
  } else if (const char* error = text_error(field, value != nullptr ? value->text : "", context)) {
    errors[key] = error;
  }
}

std::string strip_phone_separators(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (c != ' ' && c != '.') digits.push_back(c);
  }
  return digits;
}

}  // namespace

FieldErrors validate_form(const std::vector<FormField>& fields, const FormValues& values,
                          const FormContext& context) {
  FieldErrors errors;
  for (const auto& field : fields) validate_field(field, values, field.name, context, errors);
  return errors;
}

std::string validate_text(const FormField& field, std::string_view value,
                          const FormContext& context) {
  const char* error = text_error(field, value, context);
  return error != nullptr ? error : "";
}

bool is_valid_citizen_id(std::string_view raw) {
  // Decree 137/2015/NĐ-CP Art 13, codes per Circular 07/2016/TT-BCA Art 7 and its annex: digits
  // 1–3 the province of birth, digit 4 century and sex, digits 5–6 the year of birth, the last six
  // a random number; any digit may stand in position 4.
  const std::string id = trim(raw);
  if (id.size() != 12 || !all_digits(id)) return false;
  const int province = to_int(id.substr(0, 3));
  return std::find(kProvinceCodes.begin(), kProvinceCodes.end(), province) != kProvinceCodes.end();
}

bool is_valid_email(std::string_view raw) {
  // Surrounding spaces are a typing slip, not part of the address; callers store it trimmed.
  const std::string trimmed = trim(raw);
  const std::string_view email = trimmed;
  const auto at = email.find('@');
  if (at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto local = email.substr(0, at), domain = email.substr(at + 1);
  if (local.empty() || local.size() > 64 || domain.size() > 253) return false;
  const auto bad_char = [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == 0x7F ||
           std::string_view("()<>,;:\\\"[]").find(c) != std::string_view::npos;
  };
  if (std::any_of(email.begin(), email.end(), bad_char)) return false;
  // A dotted domain with no empty label: "a.vn", not "vn", ".vn", "a..vn" or "a.vn.".
  const auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || domain.front() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return false;
  }
  return domain.size() - dot - 1 >= 2;  // also rejects a trailing dot
}

bool is_valid_phone(std::string_view phone) {
  // Vietnamese numbers since the 2018 renumbering: a 0 trunk prefix and 9 subscriber digits
  // (10 for some fixed lines), or the same in international form with +84 and no 0.
  const std::string digits = strip_phone_separators(phone);
  std::string_view subscriber;
  if (digits.starts_with("+84")) {
    subscriber = std::string_view(digits).substr(3);
  } else if (digits.starts_with('0')) {
    subscriber = std::string_view(digits).substr(1);
  } else {
    return false;
  }
  // A national significant number never starts with 0: "+840…" or "00…" is a mistyped prefix.
  return all_digits(subscriber) && !subscriber.starts_with('0') &&
         (subscriber.size() == 9 || subscriber.size() == 10);
}

bool is_field_visible(const FormField& field, const FormValues& values) {
  const auto equals = field.visible_if.find('=');
  // No rule (or one that cannot be read) shows the field, so it is still validated.
  if (field.visible_if.empty() || equals == std::string::npos) return true;
  const bool negated = equals > 0 && field.visible_if[equals - 1] == '!';
  const std::string other =
      trim(std::string_view(field.visible_if).substr(0, negated ? equals - 1 : equals));
  const std::string expected = field.visible_if.substr(equals + 1);
  const auto found = values.find(other);
  const std::string actual = found != values.end() ? trim(found->second.text) : std::string();
  bool matches = false;
  std::size_t start = 0;
  while (start <= expected.size() && !matches) {
    const auto bar = std::min(expected.find('|', start), expected.size());
    matches = trim(std::string_view(expected).substr(start, bar - start)) == actual;
    start = bar + 1;
  }
  return negated ? !matches : matches;
}

}  // namespace motcua::core
