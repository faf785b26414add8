#include "core/catalog_comparison.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/enum_names.hpp"
#include "core/text.hpp"

namespace motcua::core {
namespace {

constexpr detail::NameTable<CatalogState, 4> kStates{{
    {CatalogState::matched, "matched"},
    {CatalogState::differs, "differs"},
    {CatalogState::missing_here, "missing_here"},
    {CatalogState::absent_nationally, "absent_nationally"},
}};

constexpr detail::NameTable<CatalogField, 3> kFields{{
    {CatalogField::name, "name"},
    {CatalogField::duration, "duration"},
    {CatalogField::fee, "fee"},
}};

// Longer than any statutory time: a larger number is a typing error, not a duration.
constexpr long long kMaxThousandths = 100000LL * 1000;

// "1", "0,5", "2.25" in thousandths; nothing for anything else.
std::optional<long long> thousandths(std::string_view text) {
  const auto value = trim(text);
  long long whole = 0;
  long long fraction = 0;
  int fraction_digits = 0;
  bool separator = false;
  bool digits = false;
  for (const char c : value) {
    if ((c == ',' || c == '.') && !separator && digits) {
      separator = true;
    } else if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return std::nullopt;
    } else if (!separator) {
      whole = whole * 10 + (c - '0');
      digits = true;
      if (whole * 1000 > kMaxThousandths) return std::nullopt;
    } else if (fraction_digits < 3) {
      fraction = fraction * 10 + (c - '0');
      ++fraction_digits;
    }
  }
  if (!digits) return std::nullopt;
  for (int i = fraction_digits; i < 3; ++i) fraction *= 10;
  return whole * 1000 + fraction;
}

// Runs of ASCII spaces and no-break spaces (U+00A0, which copied text often carries) as one space.
std::string collapsed(std::string_view text) {
  const auto trimmed = trim(text);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    const char c = trimmed[i];
    const bool no_break = c == '\xC2' && i + 1 < trimmed.size() && trimmed[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || no_break) {
      space = true;
      if (no_break) ++i;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Working minutes in one unit of DONVITINH; nothing for units of no fixed working length.
std::optional<int> unit_minutes(std::string_view unit) {
  const auto words = fold_vietnamese(collapsed(unit));
  if (words == "ngay lam viec") return kMinutesPerWorkingDay;
  if (words == "gio" || words == "gio lam viec") return 60;
  return std::nullopt;
}

}  // namespace

std::string_view catalog_state_name(CatalogState state) { return detail::name_of(kStates, state); }

std::optional<CatalogState> parse_catalog_state(std::string_view name) {
  return detail::parse_name(kStates, name);
}

std::string_view catalog_field_name(CatalogField field) { return detail::name_of(kFields, field); }

std::optional<int> working_minutes(std::string_view value, std::string_view unit) {
  const auto amount = thousandths(value);
  const auto per_unit = unit_minutes(unit);
  if (!amount || !per_unit) return std::nullopt;
  return static_cast<int>((*amount * *per_unit + 500) / 1000);
}

std::optional<int> national_working_minutes(const NationalProcedure& national) {
  std::optional<int> longest;
  for (const auto& duration : national.durations) {
    const auto minutes = working_minutes(duration.value, duration.unit);
    if (!minutes) return std::nullopt;
    longest = std::max(longest.value_or(0), *minutes);
  }
  return longest;
}

std::vector<long long> charged_amounts(const std::vector<long long>& amounts) {
  std::vector<long long> out;
  for (const auto amount : amounts) {
    if (amount > 0) out.push_back(amount);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<long long> charged_amounts(const std::vector<FeeItem>& fees) {
  std::vector<long long> amounts;
  for (const auto& fee : fees) amounts.push_back(fee.amount_vnd);
  return charged_amounts(amounts);
}

bool same_procedure_name(std::string_view national, std::string_view local) {
  return collapsed(national) == collapsed(local);
}

std::vector<CatalogField> differing_fields(const NationalProcedure& national,
                                           const Procedure& local) {
  std::vector<CatalogField> fields;
  if (!same_procedure_name(national.name, local.name)) fields.push_back(CatalogField::name);
  // Nothing published is nothing to differ from; a duration that is not working time is shown to
  // administrators as differing, since the local catalog counts working days only.
  if (!national.durations.empty() &&
      national_working_minutes(national) != local.duration_working_days * kMinutesPerWorkingDay)
    fields.push_back(CatalogField::duration);
  if (charged_amounts(national.fees_vnd) != charged_amounts(local.fees))
    fields.push_back(CatalogField::fee);
  return fields;
}

std::vector<CatalogComparison> compare_catalogs(const std::vector<NationalProcedure>& national,
                                                const std::vector<Procedure>& local) {
  std::map<std::string, const Procedure*> by_code;
  for (const auto& procedure : local) by_code.emplace(procedure.code, &procedure);
  std::vector<CatalogComparison> out;
  for (const auto& item : national) {
    CatalogComparison row{item.code, CatalogState::missing_here, {}, &item, nullptr};
    if (const auto found = by_code.find(item.code); found != by_code.end()) {
      row.local = found->second;
      row.differences = differing_fields(item, *found->second);
      row.state = row.differences.empty() ? CatalogState::matched : CatalogState::differs;
      by_code.erase(found);
    }
    out.push_back(std::move(row));
  }
  for (const auto& [code, procedure] : by_code)
    out.push_back({code, CatalogState::absent_nationally, {}, nullptr, procedure});
  return out;
}

}  // namespace motcua::core
