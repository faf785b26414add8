#pragma once
// Requirements §8: a password has at least 8 characters with letters, digits and a special
// character. Characters are Unicode code points, so "Mật khẩu" counts 8, not its UTF-8 bytes.
//  - A letter is an ASCII letter or a Latin letter with diacritics (Vietnamese ă, ơ, ế, đ…, in NFC
//    or NFD form): an accented letter is a letter, never a special character.
//  - A special character is ASCII punctuation or a symbol (!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~).
//  - Spaces inside are allowed (pass phrases) but count as nothing. Leading or trailing spaces are
//    refused: forms and password managers drop them silently, so the user could not log in again.
//  - Control characters and text that is not UTF-8 are refused.
#include <string_view>

namespace motcua::core {

enum class PasswordProblem {
  none,
  too_short,   // fewer than kMinPasswordLength characters
  too_long,    // more than kMaxPasswordLength characters: bounds the cost of hashing
  edge_space,  // starts or ends with a space
  invalid,     // not UTF-8, or holds a control character
  weak,        // lacks a letter, a digit or a special character
};

inline constexpr int kMinPasswordLength = 8;
inline constexpr int kMaxPasswordLength = 128;

PasswordProblem check_password(std::string_view password);

}  // namespace motcua::core
