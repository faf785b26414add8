#include "web/pages/safe_redirect.hpp"

#include "core/text.hpp"

namespace motcua::web {

std::string safe_next(std::string_view candidate, std::string_view fallback) {
  const bool local = candidate.size() >= 1 && candidate[0] == '/' &&
                     (candidate.size() == 1 || (candidate[1] != '/' && candidate[1] != '\\'));
  if (!local) return std::string(fallback);
  for (unsigned char c : candidate) {
    // Browsers drop tabs and newlines inside URLs, which would turn "/\t/host" into "//host";
    // a backslash is read as a slash by some of them.
    if (c < 0x20 || c == 0x7F || c == '\\') return std::string(fallback);
  }
  return std::string(candidate);
}

std::string url_encode(std::string_view text) { return core::percent_encode(text); }

std::string login_url(std::string_view next) {
  const auto target = safe_next(next, "");
  if (target.empty() || target == "/") return "/dang-nhap";
  return "/dang-nhap?next=" + url_encode(target);
}

}  // namespace motcua::web
