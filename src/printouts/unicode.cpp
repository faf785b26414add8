#include "printouts/unicode.hpp"

#include <glib.h>

#include "printouts/handles.hpp"

namespace motcua::printouts {

namespace {

std::string take(GStringHandle text) { return text ? std::string{text.get()} : std::string{}; }

GStringHandle make_valid(std::string_view text) {
  return GStringHandle{g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()))};
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (text.empty()) return {};
  const auto valid = make_valid(text);
  return take(GStringHandle{g_utf8_normalize(valid.get(), -1, G_NORMALIZE_NFC)});
}

std::string to_upper(std::string_view text) {
  const auto composed = to_nfc(text);
  if (composed.empty()) return {};
  // g_utf8_strup may decompose special cases; normalise its result too.
  return to_nfc(take(GStringHandle{g_utf8_strup(composed.c_str(), -1)}));
}

}  // namespace motcua::printouts
