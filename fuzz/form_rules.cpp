// Form-rule validation (core/form) on definitions and answers both made from the input: field
// types, lengths, bounds, dates, options, visible_if rules and repeated rows with their columns.
// Patterns come from a fixed list: a catalog author writes them, and std::regex's own worst cases
// on an arbitrary expression are not what this target looks for.
#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/form.hpp"

namespace {

using motcua::core::FieldType;
using motcua::core::FormField;
using motcua::core::FormValue;
using motcua::core::FormValues;

constexpr std::array<const char*, 5> kPatterns{"", "[0-9]{6}", "[A-Z]{2}-[0-9]+",
                                               "(\\d{3}[ .]?){3}", "(["};  // the last is broken
constexpr std::array<const char*, 5> kDateBounds{"", "today", "2000-01-01", "2026-12-31", "bad"};
constexpr int kMaxFields = 6;
constexpr int kMaxColumns = 4;
constexpr int kMaxOptions = 4;
constexpr int kMaxRows = 25;  // above the default limit of 20, to reach too_many_rows
constexpr std::size_t kMaxText = 64;

std::string short_text(FuzzedDataProvider& input) {
  return input.ConsumeRandomLengthString(kMaxText);
}

FormField make_field(FuzzedDataProvider& input, bool allow_rows) {
  FormField field;
  field.name = short_text(input);
  const auto last = allow_rows ? FieldType::file : FieldType::address;
  field.type = static_cast<FieldType>(input.ConsumeIntegralInRange<int>(0, static_cast<int>(last)));
  if (!allow_rows && field.type == FieldType::rows) field.type = FieldType::text;
  field.required = input.ConsumeBool();
  for (int i = input.ConsumeIntegralInRange(0, kMaxOptions); i > 0; --i)
    field.options.push_back({short_text(input), "label"});
  field.max_length = input.ConsumeIntegralInRange(-1, 600);
  field.min_length = input.ConsumeIntegralInRange(-1, 20);
  field.visible_if = short_text(input);
  field.pattern = kPatterns[input.ConsumeIntegralInRange<std::size_t>(0, kPatterns.size() - 1)];
  if (input.ConsumeBool()) field.min = input.ConsumeFloatingPoint<double>();
  if (input.ConsumeBool()) field.max = input.ConsumeFloatingPoint<double>();
  field.min_date =
      kDateBounds[input.ConsumeIntegralInRange<std::size_t>(0, kDateBounds.size() - 1)];
  field.max_date =
      kDateBounds[input.ConsumeIntegralInRange<std::size_t>(0, kDateBounds.size() - 1)];
  field.max_rows = input.ConsumeIntegralInRange(-1, 30);
  if (field.type == FieldType::rows)
    for (int i = input.ConsumeIntegralInRange(0, kMaxColumns); i > 0; --i)
      field.columns.push_back(make_field(input, false));
  return field;
}

FormValue make_value(FuzzedDataProvider& input, const FormField& field) {
  FormValue value;
  value.text = input.ConsumeRandomLengthString(700);
  if (field.type == FieldType::address) {
    for (const char* part : {"province", "commune", "street"})
      if (input.ConsumeBool()) value.parts[part] = input.ConsumeRandomLengthString(300);
  }
  if (field.type == FieldType::rows) {
    for (int i = input.ConsumeIntegralInRange(0, kMaxRows); i > 0; --i) {
      auto& row = value.rows.emplace_back();
      for (const auto& column : field.columns) row[column.name] = short_text(input);
    }
  }
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  std::vector<FormField> fields;
  for (int i = input.ConsumeIntegralInRange(1, kMaxFields); i > 0; --i)
    fields.push_back(make_field(input, true));
  FormValues values;
  for (const auto& field : fields)
    if (input.ConsumeBool()) values[field.name] = make_value(input, field);
  motcua::core::FormContext context;
  if (input.ConsumeBool()) {
    using namespace std::chrono;
    context.today = year_month_day{year{2026}, December, day{4}};
  }
  motcua::core::validate_form(fields, values, context);
  for (const auto& field : fields) {
    motcua::core::is_field_visible(field, values);
    motcua::core::validate_text(field, input.ConsumeRandomLengthString(700), context);
  }
  const auto rest = input.ConsumeRemainingBytesAsString();
  motcua::core::is_valid_citizen_id(rest);
  motcua::core::is_valid_email(rest);
  motcua::core::is_valid_phone(rest);
  return 0;
}
