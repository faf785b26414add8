#include "web/http/request_id.hpp"

#include <algorithm>
#include <random>

namespace motcua::web {

bool is_sane_request_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxRequestIdLength) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == ':' || c == '-';
  });
}

std::string new_request_id() {
  // One generator per thread: no lock on the request path. Ids need to be unique, not secret.
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  auto bits = generator();
  std::string id(16, '0');
  for (auto& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

std::string request_id_for(const std::optional<std::string>& sent) {
  return sent && is_sane_request_id(*sent) ? *sent : new_request_id();
}

}  // namespace motcua::web
