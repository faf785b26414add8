#include "core/password_rule.hpp"

#include "core/text.hpp"

namespace motcua::core {
namespace {

struct Composition {
  bool letter = false;
  bool digit = false;
  bool special = false;
  bool control = false;
  int length = 0;
};

bool is_ascii_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

bool is_combining_mark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

// Latin letters with diacritics: Latin-1 letters (not × or ÷), Latin Extended-A and -B, and Latin
// Extended Additional, where most precomposed Vietnamese letters live. A combining mark (NFD)
// belongs to the letter before it.
bool is_accented_letter(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x1E00 && cp <= 0x1EFF) || is_combining_mark(cp);
}

bool is_ascii_special(char32_t cp) {
  return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
         (cp >= 0x7B && cp <= 0x7E);
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

Composition compose(const std::u32string& password) {
  Composition c;
  for (const char32_t cp : password) {
    if (!is_combining_mark(cp)) ++c.length;  // "ế" typed as e and two marks is one character
    if (is_ascii_letter(cp) || is_accented_letter(cp))
      c.letter = true;
    else if (cp >= '0' && cp <= '9')
      c.digit = true;
    else if (is_ascii_special(cp))
      c.special = true;
    else if (is_control(cp))
      c.control = true;
  }
  return c;
}

}  // namespace

PasswordProblem check_password(std::string_view password) {
  if (!is_valid_utf8(password)) return PasswordProblem::invalid;
  // A byte bound first, so a huge input is refused before it is walked.
  if (password.size() > static_cast<std::size_t>(kMaxPasswordLength) * 4)
    return PasswordProblem::too_long;
  const auto c = compose(code_points(password));
  if (c.control) return PasswordProblem::invalid;
  if (trim(password).size() != password.size()) return PasswordProblem::edge_space;
  if (c.length < kMinPasswordLength) return PasswordProblem::too_short;
  if (c.length > kMaxPasswordLength) return PasswordProblem::too_long;
  if (!c.letter || !c.digit || !c.special) return PasswordProblem::weak;
  return PasswordProblem::none;
}

}  // namespace motcua::core
