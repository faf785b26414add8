#include "web/pages/safe_redirect.hpp"

namespace motcua::web {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

}  // namespace

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

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (unsigned char c : text) {
    if (is_unreserved(c)) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
  return out;
}

std::string login_url(std::string_view next) {
  const auto target = safe_next(next, "");
  if (target.empty() || target == "/") return "/dang-nhap";
  return "/dang-nhap?next=" + url_encode(target);
}

}  // namespace motcua::web
