#include "printouts/formatting.hpp"

#include <array>
#include <cstdio>

#include "core/byte_size.hpp"
#include "printouts/unicode.hpp"

namespace motcua::printouts {

namespace {

// Days, months, hours and minutes: always below 100.
std::string two_digits(unsigned value) {
  return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// Decree 30/2020/NĐ-CP Annex I: days below 10 and the months January and February take a
// leading zero ("ngày 05 tháng 01"), other months do not ("tháng 3").
std::string day_text(unsigned day, const Labels& labels) {
  return labels.pad_day_and_early_months ? two_digits(day) : std::to_string(day);
}

std::string month_text(unsigned month, const Labels& labels) {
  const auto name = labels.month_names.at(month - 1);
  if (!name.empty()) return std::string{name};
  return labels.pad_day_and_early_months && month <= 2 ? two_digits(month) : std::to_string(month);
}

}  // namespace

std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('{', pos);
    const auto close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(pos, open - pos));
    const auto name = pattern.substr(open + 1, close - open - 1);
    const Placeholder* match = nullptr;
    for (const auto& value : values) {
      if (value.first == name) match = &value;
    }
    out.append(match ? match->second : pattern.substr(open, close - open + 1));
    pos = close + 1;
  }
  out.append(pattern.substr(pos));
  return out;
}

std::string clock_and_date(const std::optional<core::Instant>& at, const Labels& labels) {
  if (!at) return std::string{labels.missing};
  const auto local = core::to_local(*at);
  const auto minute = static_cast<unsigned>(local.minute_of_day);
  const auto clock = two_digits(minute / 60) + ":" + two_digits(minute % 60);
  const auto date = core::format_display_date(local.date);
  return fill(labels.clock_date, {{"clock", clock}, {"date", date}});
}

std::string place_and_date(std::string_view place, core::LocalDate date, const Labels& labels) {
  const auto day = day_text(static_cast<unsigned>(date.day()), labels);
  const auto month = month_text(static_cast<unsigned>(date.month()), labels);
  const auto year = std::to_string(static_cast<int>(date.year()));
  const auto when = fill(labels.issue_date, {{"day", day}, {"month", month}, {"year", year}});
  if (place.empty()) return when;
  return fill(labels.place_date, {{"place", place}, {"date", when}});
}

std::string place_of(std::string_view authority_name) {
  // Matched on the NFC form, so a decomposed "tỉnh" is found too.
  const auto name = to_nfc(authority_name);
  static constexpr std::array<std::string_view, 6> kMarkers{
      "tỉnh ", "Tỉnh ", "TỈNH ", "thành phố ", "Thành phố ", "THÀNH PHỐ "};
  std::size_t best = std::string::npos;
  std::size_t length = 0;
  for (const auto marker : kMarkers) {
    const auto at = name.rfind(marker);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      length = marker.size();
    }
  }
  if (best == std::string::npos) return {};
  return name.substr(best + length);
}

std::string file_size(long long bytes, const Labels& labels) {
  return core::byte_size_text(bytes, labels.decimal_mark);
}

std::string numeric_date(core::LocalDate date) {
  return fill("{d}/{m}/{y}", {{"d", std::to_string(static_cast<unsigned>(date.day()))},
                              {"m", std::to_string(static_cast<unsigned>(date.month()))},
                              {"y", std::to_string(static_cast<int>(date.year()))}});
}

}  // namespace motcua::printouts
