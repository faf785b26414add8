#include "core/dossier_code.hpp"

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace motcua::core {

namespace {

constexpr std::size_t kMaxIdentifierLength = 35;  // QĐ 20/2020/QĐ-TTg as amended by QĐ 09/2025
constexpr std::size_t kMinCounterDigits = 4;      // Circular 03/2025 Art 13: at least 4 digits
constexpr std::size_t kMaxCounterDigits = 18;     // what a long long holds

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (;;) {
    const auto at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

// Level 1 of an agency identifier: a letter A–Y and two digits (H29 a province, G01 a ministry).
bool is_level_one(std::string_view group) {
  return group.size() == 3 && group[0] >= 'A' && group[0] <= 'Y' && is_digit(group[1]) &&
         is_digit(group[2]);
}

bool is_group(std::string_view group) {
  if (group.empty()) return false;
  for (char c : group)
    if (!is_digit(c) && !is_upper(c)) return false;
  return true;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!is_digit(c)) return false;
  return true;
}

int two_digits(std::string_view text) { return (text[0] - '0') * 10 + (text[1] - '0'); }

std::optional<LocalDate> parse_yymmdd(std::string_view text) {
  if (text.size() != 6 || !all_digits(text)) return std::nullopt;
  const LocalDate day{std::chrono::year{2000 + two_digits(text.substr(0, 2))},
                      std::chrono::month{static_cast<unsigned>(two_digits(text.substr(2, 2)))},
                      std::chrono::day{static_cast<unsigned>(two_digits(text.substr(4, 2)))}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::optional<long long> parse_counter(std::string_view text) {
  if (text.size() < kMinCounterDigits || text.size() > kMaxCounterDigits || !all_digits(text))
    return std::nullopt;
  long long value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  if (value < 1) return std::nullopt;  // the daily counter starts at 0001
  return value;
}

}  // namespace

bool is_valid_agency_identifier(std::string_view identifier) {
  if (identifier.empty() || identifier.size() > kMaxIdentifierLength) return false;
  const auto groups = split(identifier, '.');
  for (const auto group : groups)
    if (!is_group(group)) return false;
  // QĐ 09/2025 writes level 1 first (H29.12.05); QCVN 102:2016 wrote it last (000.00.12.H29), and
  // catalogs still hold such codes, so both orders are accepted.
  return is_level_one(groups.front()) || is_level_one(groups.back());
}

std::string format_dossier_code(std::string_view agency_identifier, LocalDate day,
                                long long counter) {
  if (!is_valid_agency_identifier(agency_identifier))
    throw std::invalid_argument("dossier code: invalid agency identifier");
  if (counter < 1) throw std::invalid_argument("dossier code: the counter starts at 1");
  if (!day.ok()) throw std::invalid_argument("dossier code: invalid date");
  char tail[48];
  // The counter is zero-padded to 4 digits and simply grows past 9999 (Circular 03/2025 Art 13:
  // "at least 4 digits, as long as the volume needs").
  std::snprintf(tail, sizeof tail, "-%02d%02u%02u-%04lld", static_cast<int>(day.year()) % 100,
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()), counter);
  return std::string(agency_identifier) + tail;
}

std::optional<DossierCodeParts> parse_dossier_code(std::string_view code) {
  const auto parts = split(code, '-');
  if (parts.size() != 3 || !is_valid_agency_identifier(parts[0])) return std::nullopt;
  const auto day = parse_yymmdd(parts[1]);
  const auto counter = parse_counter(parts[2]);
  if (!day || !counter) return std::nullopt;
  return DossierCodeParts{std::string(parts[0]), *day, *counter};
}

int counter_day_key(LocalDate day) {
  return static_cast<int>(day.year()) * 10000 +
         static_cast<int>(static_cast<unsigned>(day.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(day.day()));
}

}  // namespace motcua::core
