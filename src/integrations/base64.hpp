#pragma once
// Base64 (RFC 4648 §4) and its URL-safe alphabet without padding (§5, as JOSE uses it).
#include <optional>
#include <string>
#include <string_view>

namespace motcua::integrations {

std::string base64_encode(std::string_view bytes);
std::string base64url_encode(std::string_view bytes);
// Nothing for text outside the alphabet; padding and line breaks are accepted.
std::optional<std::string> base64_decode(std::string_view text);
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace motcua::integrations
