#include "web/http/header_value.hpp"

#include <algorithm>

namespace motcua::web {
namespace {

std::string_view trim_ows(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

// Reads a quoted-string starting at text[0] == '"'; `consumed` gets its length with the quotes.
std::optional<std::string> read_quoted(std::string_view text, std::size_t& consumed) {
  std::string out;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] == '"') {
      consumed = i + 1;
      return out;
    }
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    out.push_back(text[i]);
  }
  return std::nullopt;
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_lowered(std::string_view text, std::string_view lowered) {
  return text.size() == lowered.size() &&
         std::equal(text.begin(), text.end(), lowered.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
         });
}

std::optional<std::string> HeaderValue::param(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::optional<HeaderValue> parse_header_value(std::string_view text) {
  HeaderValue result;
  auto semicolon = text.find(';');
  result.value = to_lower(trim_ows(text.substr(0, semicolon)));
  while (semicolon != std::string_view::npos) {
    text = trim_ows(text.substr(semicolon + 1));
    if (text.empty()) break;
    const auto eq = text.find_first_of("=;");
    if (eq == std::string_view::npos || text[eq] == ';') return std::nullopt;
    const auto name = to_lower(trim_ows(text.substr(0, eq)));
    if (name.empty()) return std::nullopt;
    auto rest = trim_ows(text.substr(eq + 1));
    std::string value;
    if (!rest.empty() && rest.front() == '"') {
      std::size_t consumed = 0;
      auto quoted = read_quoted(rest, consumed);
      if (!quoted) return std::nullopt;
      value = std::move(*quoted);
      rest = rest.substr(consumed);
      semicolon = rest.find(';');
      if (!trim_ows(rest.substr(0, semicolon)).empty()) return std::nullopt;
    } else {
      semicolon = rest.find(';');
      value = std::string(trim_ows(rest.substr(0, semicolon)));
    }
    text = rest;
    result.params.emplace_back(name, std::move(value));
  }
  return result;
}

}  // namespace motcua::web
