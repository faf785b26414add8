#include "web/http/url.hpp"

#include "core/text.hpp"

namespace motcua::web {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> decode_segment(std::string_view segment) {
  auto decoded = percent_decode(segment);
  if (!decoded || *decoded == "..") return std::nullopt;
  if (decoded->find_first_of("/\\") != std::string::npos) return std::nullopt;
  return decoded;
}

}  // namespace

std::optional<std::string> percent_decode_bytes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out.push_back(text[i]);
      continue;
    }
    if (text.size() - i < 3) return std::nullopt;
    const int high = hex_value(text[i + 1]);
    const int low = hex_value(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out.push_back(static_cast<char>(high * 16 + low));
    i += 2;
  }
  return out;
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space) {
  std::string spaced;
  if (plus_as_space && text.find('+') != std::string_view::npos) {
    spaced.assign(text);
    for (auto& c : spaced) {
      if (c == '+') c = ' ';
    }
    text = spaced;
  }
  auto out = percent_decode_bytes(text);
  if (!out || out->find('\0') != std::string::npos || !core::is_valid_utf8(*out))
    return std::nullopt;
  return out;
}

std::string percent_encode(std::string_view text) { return core::percent_encode(text); }

std::optional<QueryPairs> parse_query(std::string_view query) {
  QueryPairs pairs;
  while (!query.empty()) {
    const auto end = query.find('&');
    const auto piece = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view{} : query.substr(end + 1);
    if (piece.empty()) continue;
    const auto eq = piece.find('=');
    auto name = percent_decode(piece.substr(0, eq), true);
    auto value = eq == std::string_view::npos ? std::optional<std::string>{""}
                                              : percent_decode(piece.substr(eq + 1), true);
    if (!name || !value) return std::nullopt;
    pairs.emplace_back(std::move(*name), std::move(*value));
  }
  return pairs;
}

TargetParts split_target(std::string_view target) {
  for (const std::string_view scheme : {"http://", "https://"}) {
    if (target.substr(0, scheme.size()) == scheme) {
      const auto path_start = target.find_first_of("/?", scheme.size());
      target =
          path_start == std::string_view::npos ? std::string_view{"/"} : target.substr(path_start);
      break;
    }
  }
  const auto fragment = target.find('#');
  target = target.substr(0, fragment);
  const auto question = target.find('?');
  if (question == std::string_view::npos) return {target, {}};
  return {target.substr(0, question), target.substr(question + 1)};
}

std::optional<std::string> normalize_path(std::string_view raw_path) {
  if (raw_path.empty() || raw_path.front() != '/') return std::nullopt;
  std::string path;
  for (const auto segment : path_segments(raw_path)) {
    if (segment == ".") continue;
    auto decoded = decode_segment(segment);
    if (!decoded) return std::nullopt;
    if (decoded->empty() || *decoded == ".") continue;
    path += '/';
    path += *decoded;
  }
  if (path.empty() || raw_path.back() == '/') path += '/';
  return path;
}

std::vector<std::string_view> path_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    const auto slash = path.find('/');
    const auto segment = path.substr(0, slash);
    if (!segment.empty()) segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path = path.substr(slash + 1);
  }
  return segments;
}

}  // namespace motcua::web
