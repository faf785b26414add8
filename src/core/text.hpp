#pragma once
// Vietnamese text handling shared by search, highlighting and validation.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::core {

bool is_valid_utf8(std::string_view text);

// Lower-cases and strips Vietnamese diacritics, folding đ/Đ to d, so that "Đăng ký" and "dang ky"
// compare equal. Accepts NFC or NFD input. Other characters are kept (ASCII lower-cased).
std::string fold_vietnamese(std::string_view utf8);

// Splits folded text into search terms (letters and digits), dropping empty ones.
std::vector<std::string> search_terms(std::string_view utf8);

std::string html_escape(std::string_view text);

// HTML-escaped `original` with each word whose folded form starts with one of `folded_terms`
// wrapped in <mark>…</mark>: the highlight is drawn on the original, accented text.
std::string highlight_terms(std::string_view original,
                            const std::vector<std::string>& folded_terms);

// The code points of `utf8`; an invalid byte reads as U+FFFD.
std::u32string code_points(std::string_view utf8);

// Trims ASCII and Unicode spaces at both ends.
std::string trim(std::string_view text);

// RFC 3986 percent-encoding of every byte but the unreserved characters, for a URL's query value
// or path segment.
std::string percent_encode(std::string_view text);

}  // namespace motcua::core
