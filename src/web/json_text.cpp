#include "web/json_text.hpp"

#include <array>
#include <charconv>
#include <string_view>

namespace motcua::web {
namespace {

using nlohmann::json;

std::string library_text(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The length of the UTF-8 sequence `text` starts with, or 0 when it is not a valid one (overlong,
// a surrogate, beyond U+10FFFF, cut short).
std::size_t sequence_length(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t length = 0;
  char32_t code = 0;
  char32_t least = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2, code = lead & 0x1FU, least = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3, code = lead & 0x0FU, least = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4, code = lead & 0x07U, least = 0x10000;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[i]);
    if ((next & 0xC0U) != 0x80U) return 0;
    code = (code << 6U) | (next & 0x3FU);
  }
  if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

// The ASCII characters JSON takes as they are: all but control characters, quote and backslash.
constexpr auto kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (unsigned c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// Valid UTF-8 with no control character, quote or backslash: written as it stands.
bool written_as_is(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (kPlainAscii[c]) {
      ++at;
      continue;
    }
    if (c < 0x80U) return false;
    const auto length = sequence_length(text.substr(at));
    if (length == 0) return false;
    at += length;
  }
  return true;
}

void append_string(std::string& out, const std::string& text) {
  if (!written_as_is(text)) {
    out += library_text(json(text));
    return;
  }
  out += '"';
  out += text;
  out += '"';
}

template <typename Number>
void append_number(std::string& out, Number number) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  out.append(digits, end);
}

}  // namespace

void append_json_text(std::string& out, const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.get_ref<const json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        append_string(out, key);
        out += ':';
        append_json_text(out, member);
      }
      out += '}';
      return;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& item : value.get_ref<const json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        append_json_text(out, item);
      }
      out += ']';
      return;
    }
    case json::value_t::string:
      append_string(out, value.get_ref<const std::string&>());
      return;
    case json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case json::value_t::null:
      out += "null";
      return;
    case json::value_t::number_integer:
      append_number(out, value.get<json::number_integer_t>());
      return;
    case json::value_t::number_unsigned:
      append_number(out, value.get<json::number_unsigned_t>());
      return;
    default:  // floating-point numbers, binary values, a discarded parse
      out += library_text(value);
      return;
  }
}

std::string json_text(const json& value) {
  std::string out;
  append_json_text(out, value);
  return out;
}

}  // namespace motcua::web
