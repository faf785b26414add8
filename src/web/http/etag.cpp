// Kept apart from the static files that use it most, so what revalidates a kept page links without
// the asset store and its compressors.
#include "web/http/static_files.hpp"

namespace motcua::web {

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  while (!if_none_match.empty()) {
    const auto comma = if_none_match.find(',');
    auto candidate = if_none_match.substr(0, comma);
    if_none_match =
        comma == std::string_view::npos ? std::string_view{} : if_none_match.substr(comma + 1);
    const auto first = candidate.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    candidate = candidate.substr(first, candidate.find_last_not_of(" \t") - first + 1);
    if (candidate == "*") return true;
    if (candidate.substr(0, 2) == "W/") candidate.remove_prefix(2);
    if (candidate == etag) return true;
  }
  return false;
}

}  // namespace motcua::web
