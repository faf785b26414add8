#pragma once
// The id that ties a request's access-log line, error logs and error body together. A client (or
// the proxy in front) may supply one in X-Request-Id; it is kept only if it is short and plain, as
// it ends up in logs and response headers.
#include <optional>
#include <string>
#include <string_view>

namespace motcua::web {

inline constexpr std::size_t kMaxRequestIdLength = 64;

bool is_sane_request_id(std::string_view id);  // 1–64 of A–Z a–z 0–9 . _ : -

std::string new_request_id();  // 16 random hex digits

std::string request_id_for(const std::optional<std::string>& sent);

}  // namespace motcua::web
