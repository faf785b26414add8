#include "printouts/amount_words.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace motcua::printouts {
namespace {

constexpr std::array<std::string_view, 10> kVietnameseDigits{"không", "một", "hai", "ba",  "bốn",
                                                             "năm",   "sáu", "bảy", "tám", "chín"};
constexpr std::array<std::string_view, 3> kVietnameseGroups{"", "nghìn", "triệu"};
constexpr std::array<std::string_view, 20> kEnglishSmall{
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kEnglishTens{
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 7> kEnglishGroups{
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

unsigned long long magnitude(long long amount) {
  return amount < 0 ? 0ULL - static_cast<unsigned long long>(amount)
                    : static_cast<unsigned long long>(amount);
}

// Groups of three digits, the lowest first.
std::vector<unsigned> groups_of(unsigned long long value) {
  std::vector<unsigned> groups;
  do {
    groups.push_back(static_cast<unsigned>(value % 1000));
    value /= 1000;
  } while (value > 0);
  return groups;
}

void append(std::string& text, std::string_view word) {
  if (word.empty()) return;
  if (!text.empty()) text += ' ';
  text += word;
}

// One group: "không trăm linh năm" inside a number, "năm" when it leads.
std::string vietnamese_group(unsigned group, bool leading) {
  const unsigned hundreds = group / 100;
  const unsigned tens = group / 10 % 10;
  const unsigned units = group % 10;
  std::string text;
  if (hundreds > 0 || !leading) {
    append(text, kVietnameseDigits[hundreds]);
    append(text, "trăm");
  }
  if (tens == 0) {
    if (units > 0 && !text.empty()) append(text, "linh");
  } else {
    append(text, tens == 1 ? "mười" : kVietnameseDigits[tens]);
    if (tens > 1) append(text, "mươi");
  }
  if (units == 0) return text;
  if (units == 5 && tens > 0)
    append(text, "lăm");
  else if (units == 1 && tens > 1)
    append(text, "mốt");
  else
    append(text, kVietnameseDigits[units]);
  return text;
}

// Up to three groups below a billion; `leading` when nothing is read before them.
std::string vietnamese_below_billion(unsigned long long value, bool leading) {
  const auto groups = groups_of(value);
  std::string text;
  for (std::size_t i = groups.size(); i-- > 0;) {
    if (groups[i] == 0) continue;
    append(text, vietnamese_group(groups[i], leading && text.empty()));
    append(text, kVietnameseGroups[i]);
  }
  return text;
}

// Past a billion Vietnamese reads the count of billions, then "tỷ", then the rest: 1.2 × 10^12 is
// "một nghìn hai trăm tỷ", 10^18 "một tỷ tỷ".
std::string vietnamese_words(unsigned long long value, bool leading = true) {
  constexpr unsigned long long kBillion = 1'000'000'000ULL;
  if (value < kBillion) return vietnamese_below_billion(value, leading);
  std::string text = vietnamese_words(value / kBillion, leading);
  append(text, "tỷ");
  append(text, vietnamese_below_billion(value % kBillion, false));
  return text;
}

std::string english_group(unsigned group) {
  std::string text;
  if (group >= 100) {
    append(text, kEnglishSmall[group / 100]);
    append(text, "hundred");
  }
  const unsigned rest = group % 100;
  if (rest == 0) return text;
  if (rest < 20) {
    append(text, kEnglishSmall[rest]);
  } else {
    std::string tens{kEnglishTens[rest / 10]};
    if (rest % 10 != 0) tens += "-" + std::string{kEnglishSmall[rest % 10]};
    append(text, tens);
  }
  return text;
}

std::string english_words(unsigned long long value) {
  const auto groups = groups_of(value);
  std::string text;
  for (std::size_t i = groups.size(); i-- > 0;) {
    if (groups[i] == 0) continue;
    append(text, english_group(groups[i]));
    append(text, kEnglishGroups[i]);
  }
  return text;
}

}  // namespace

std::string money_in_figures(long long amount, std::string_view lang) {
  const bool english = lang == "en";
  const auto digits = std::to_string(magnitude(amount));
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += english ? ',' : '.';
    grouped += digits[i];
  }
  return grouped + (english ? " VND" : " đồng");
}

std::string money_in_words(long long amount, std::string_view lang) {
  const auto value = magnitude(amount);
  auto text = value == 0     ? std::string{lang == "en" ? kEnglishSmall[0] : kVietnameseDigits[0]}
              : lang == "en" ? english_words(value)
                             : vietnamese_words(value);
  text += lang == "en" ? " dong" : " đồng";
  // Every first word is ASCII-initial in both languages: "một", "năm", "bốn"..., "one"...
  text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
  return text;
}

}  // namespace motcua::printouts
