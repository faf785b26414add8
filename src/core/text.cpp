#include "core/text.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace motcua::core {

namespace {

// --- UTF-8 -----------------------------------------------------------------------------------

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;  // bytes consumed; 1 for an invalid byte so scanning can go on
  bool valid = false;
};

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes one code point at `pos`, rejecting overlong forms, surrogates and values past U+10FFFF
// (RFC 3629 §3).
Decoded decode_at(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07, minimum = 0x10000;
  } else {
    return {};
  }
  if (pos + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(byte)) return {};
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < minimum || surrogate || code_point > 0x10FFFF) return {};
  return {code_point, length, true};
}

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// --- Folding ---------------------------------------------------------------------------------

// Base letters of U+00C0–U+00FF, lower-cased; '_' keeps the character (Æ, ×, Þ, ß, ÷, þ).
constexpr std::string_view kLatin1 =
    "aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y";
// U+0100–U+017F (Latin Extended-A), same convention: Ă ă → a, Đ đ → d, Ĩ ĩ → i, Ũ ũ → u.
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii__jjkk_lllllll"
    "lllnnnnnn___oooo"
    "oo__rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";
// U+1EA0–U+1EF9, the Vietnamese block of Latin Extended Additional (tone marks on a, ă, â, e,
// ê, i, o, ô, ơ, u, ư, y), in code point order.
constexpr std::string_view kVietnameseBlock =
    "aaaaaaaaaaaaaaaaaaaaaaaa"  // U+1EA0 Ạ … U+1EB7 ặ
    "eeeeeeeeeeeeeeee"          // U+1EB8 Ẹ … U+1EC7 ệ
    "iiii"                      // U+1EC8 Ỉ … U+1ECB ị
    "oooooooooooooooooooooooo"  // U+1ECC Ọ … U+1EE3 ợ
    "uuuuuuuuuuuuuu"            // U+1EE4 Ụ … U+1EF1 ự
    "yyyyyyyy";                 // U+1EF2 Ỳ … U+1EF9 ỹ
// The few letters of Latin Extended-B that matter here: the Vietnamese horned ơ/ư, the African D
// often typed for Đ, and the pinyin vowels with caron.
constexpr std::array<std::pair<char32_t, char>, 21> kLatinExtendedB{{
    {0x0189, 'd'}, {0x01A0, 'o'}, {0x01A1, 'o'}, {0x01AF, 'u'}, {0x01B0, 'u'}, {0x01CD, 'a'},
    {0x01CE, 'a'}, {0x01CF, 'i'}, {0x01D0, 'i'}, {0x01D1, 'o'}, {0x01D2, 'o'}, {0x01D3, 'u'},
    {0x01D4, 'u'}, {0x01D5, 'u'}, {0x01D6, 'u'}, {0x01D7, 'u'}, {0x01D8, 'u'}, {0x01D9, 'u'},
    {0x01DA, 'u'}, {0x01DB, 'u'}, {0x01DC, 'u'},
}};

bool is_combining_mark(char32_t cp) {
  // Combining Diacritical Marks (NFD tone marks, circumflex, breve, horn, dot below) and the
  // extended, supplement and half-mark blocks.
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F);
}

char table_letter(std::string_view table, char32_t first, char32_t cp) {
  if (cp < first || cp - first >= table.size()) return '_';
  return table[cp - first];
}

// The base ASCII letter of a precomposed Latin letter, or 0 when it has none.
char base_letter(char32_t cp) {
  char letter = '_';
  if (cp >= 0x00C0 && cp <= 0x00FF) {
    letter = table_letter(kLatin1, 0x00C0, cp);
  } else if (cp >= 0x0100 && cp <= 0x017F) {
    letter = table_letter(kLatinExtendedA, 0x0100, cp);
  } else if (cp >= 0x1EA0 && cp <= 0x1EF9) {
    letter = table_letter(kVietnameseBlock, 0x1EA0, cp);
  } else {
    for (const auto& [code_point, ascii] : kLatinExtendedB) {
      if (code_point == cp) letter = ascii;
    }
  }
  return letter == '_' ? 0 : letter;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Appends the folded form of one code point: nothing for a combining mark.
void fold_code_point(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(ascii_lower(static_cast<char>(cp)));
  } else if (is_combining_mark(cp)) {
    return;
  } else if (const char letter = base_letter(cp)) {
    out.push_back(letter);
  } else {
    encode(cp, out);
  }
}

// Whether a code point of folded text belongs to a word. Everything outside ASCII that is not
// punctuation, a symbol or a space is taken as a letter of some script.
bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;  // Latin-1 punctuation, ×, ÷
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;           // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;           // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;           // CJK compatibility forms
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;           // full-width punctuation
  return cp != 0xFEFF;
}

bool is_space_code_point(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

// Walks `text` one code point at a time; an invalid byte is reported as U+FFFD, one byte long.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded decoded = decode_at(text, pos);
    visit(decoded.valid ? decoded.code_point : char32_t{0xFFFD}, pos, decoded.length);
    pos += decoded.length;
  }
}

bool starts_with_any(std::string_view word, const std::vector<std::string>& terms) {
  for (const auto& term : terms) {
    if (!term.empty() && word.starts_with(term)) return true;
  }
  return false;
}

// Whether a code point of the original text is part of a word once folded (invalid bytes are not).
bool is_word_letter(char32_t cp) {
  return cp != 0xFFFD && (base_letter(cp) != 0 || is_word_code_point(cp));
}

// Copies the original text escaped, wrapping each word that matches a term in <mark>.
struct Highlighter {
  std::string_view original;
  std::vector<std::string> terms;
  std::string out;
  std::optional<std::size_t> word_start;

  void visit(char32_t cp, std::size_t pos, std::size_t length) {
    // A combining mark belongs to whatever it follows, so an NFD word stays whole.
    if (word_start && is_combining_mark(cp)) return;
    if (is_word_letter(cp) && !is_combining_mark(cp)) {
      if (!word_start) word_start = pos;
      return;
    }
    end_word(pos);
    if (cp == 0xFFFD) {
      encode(cp, out);  // an invalid byte is shown as U+FFFD so the page stays valid UTF-8
    } else {
      out += html_escape(original.substr(pos, length));
    }
  }

  void end_word(std::size_t end) {
    if (!word_start) return;
    const std::string_view word = original.substr(*word_start, end - *word_start);
    const bool marked = starts_with_any(fold_vietnamese(word), terms);
    if (marked) out += "<mark>";
    out += html_escape(word);
    if (marked) out += "</mark>";
    word_start.reset();
  }
};

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded decoded = decode_at(text, pos);
    if (!decoded.valid) return false;
    pos += decoded.length;
  }
  return true;
}

std::string fold_vietnamese(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for_each_code_point(utf8, [&](char32_t cp, std::size_t, std::size_t) {
    // Invalid bytes carry no letter to search for: drop them.
    if (cp != 0xFFFD) fold_code_point(cp, out);
  });
  return out;
}

std::vector<std::string> search_terms(std::string_view utf8) {
  std::vector<std::string> terms;
  std::string current;
  const std::string folded = fold_vietnamese(utf8);
  for_each_code_point(folded, [&](char32_t cp, std::size_t pos, std::size_t length) {
    if (is_word_code_point(cp)) {
      current.append(folded, pos, length);
    } else if (!current.empty()) {
      terms.push_back(std::move(current));
      current.clear();
    }
  });
  if (!current.empty()) terms.push_back(std::move(current));
  return terms;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string highlight_terms(std::string_view original,
                            const std::vector<std::string>& folded_terms) {
  Highlighter highlighter{original, {}, {}, std::nullopt};
  // Terms are folded again so that a caller passing "Đăng" still matches; folding is idempotent.
  for (const auto& term : folded_terms) highlighter.terms.push_back(fold_vietnamese(term));
  for_each_code_point(original, [&](char32_t cp, std::size_t pos, std::size_t length) {
    highlighter.visit(cp, pos, length);
  });
  highlighter.end_word(original.size());
  return std::move(highlighter.out);
}

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for_each_code_point(utf8, [&](char32_t cp, std::size_t, std::size_t) { out.push_back(cp); });
  return out;
}

std::string trim(std::string_view text) {
  std::size_t begin = text.size();
  std::size_t end = 0;
  for_each_code_point(text, [&](char32_t cp, std::size_t pos, std::size_t length) {
    if (is_space_code_point(cp)) return;
    begin = std::min(begin, pos);
    end = pos + length;
  });
  if (begin >= end) return {};
  return std::string(text.substr(begin, end - begin));
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto unreserved = [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
  };
  std::string out;
  out.reserve(text.size() * 3);
  for (const unsigned char c : text) {
    if (unreserved(c)) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0x0F]);
    }
  }
  return out;
}

}  // namespace motcua::core
