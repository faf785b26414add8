#pragma once
// Parameterised header values such as `multipart/form-data; boundary="x"` or
// `form-data; name="file"; filename*=UTF-8''b%C3%A1o.pdf` (RFC 9110 §5.6.6).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::web {

struct HeaderValue {
  std::string value;  // the part before the first `;`, lower-cased
  std::vector<std::pair<std::string, std::string>> params;  // names lower-cased, quotes removed

  std::optional<std::string> param(std::string_view name) const;
};

// Nothing when a quoted string is unterminated or a parameter has no name.
std::optional<HeaderValue> parse_header_value(std::string_view text);

std::string to_lower(std::string_view text);
// Whether `text` is `lowered` but for ASCII case, without a lower-cased copy: asked of every
// header of every request and response.
bool is_lowered(std::string_view text, std::string_view lowered);

}  // namespace motcua::web
