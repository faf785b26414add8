#pragma once
// Request-target handling: percent-decoding, query strings and path normalisation. Every function
// that decodes refuses input it cannot decode safely rather than guessing, so a handler never sees
// a NUL byte, invalid UTF-8 or a `..` segment.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::web {

using QueryPairs = std::vector<std::pair<std::string, std::string>>;

// Decodes %XX escapes; `+` becomes a space only when `plus_as_space` (query strings and
// application/x-www-form-urlencoded bodies, never paths). Nothing on a malformed escape, on an
// encoded NUL or when the result is not valid UTF-8.
std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space = false);

// Only the %XX escapes, with no check of what they decode to (for bytes in another charset).
std::optional<std::string> percent_decode_bytes(std::string_view text);

// Escapes everything but RFC 3986 unreserved characters (for building links and redirects).
std::string percent_encode(std::string_view text);

// `a=1&b=x+y&flag` → {{"a","1"},{"b","x y"},{"flag",""}}; empty pieces are skipped. Nothing when
// any piece fails to decode.
std::optional<QueryPairs> parse_query(std::string_view query);

// Splits an origin-form target into its path and query (without the `?`); an absolute-form target
// (`http://host/path?q`) loses its scheme and authority.
struct TargetParts {
  std::string_view path;
  std::string_view query;
};
TargetParts split_target(std::string_view target);

// The decoded path with `.` and empty segments removed (a trailing slash is kept). Nothing when the
// path does not start with `/`, does not decode, has a `..` segment (before or after decoding), or
// has a segment that decodes to contain `/` or `\`.
std::optional<std::string> normalize_path(std::string_view raw_path);

// The segments of a normalised path: "/a/b/" → {"a", "b"}.
std::vector<std::string_view> path_segments(std::string_view path);

}  // namespace motcua::web
