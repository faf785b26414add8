// Request-target handling: splitting, path normalisation, query parsing and percent-coding. Beyond
// not crashing, it checks the promises url.hpp makes: what decodes is UTF-8 without NUL, a
// normalised path has no `..` segment, and encoding then decoding gives the text back.
#include "web/http/url.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text.hpp"

namespace {

namespace web = motcua::web;

void require(bool promise) {
  if (!promise) std::abort();  // libFuzzer reports the input that broke it
}

bool is_clean(std::string_view text) {
  return motcua::core::is_valid_utf8(text) && text.find('\0') == std::string_view::npos;
}

void check_path(std::string_view raw) {
  const auto path = web::normalize_path(raw);
  if (!path) return;
  require(is_clean(*path) && path->starts_with('/'));
  for (const auto segment : web::path_segments(*path))
    require(!segment.empty() && segment != "." && segment != ".." &&
            segment.find_first_of("/\\") == std::string_view::npos);
}

void check_query(std::string_view raw) {
  const auto pairs = web::parse_query(raw);
  if (!pairs) return;
  for (const auto& [name, value] : *pairs) require(is_clean(name) && is_clean(value));
}

void check_round_trip(std::string_view text) {
  const auto encoded = web::percent_encode(text);
  require(web::percent_decode_bytes(encoded) == std::string(text));
  if (is_clean(text)) {
    require(web::percent_decode(encoded) == std::string(text));
    require(web::percent_decode(encoded, true) == std::string(text));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto target = web::split_target(input);
  check_path(target.path);
  check_query(target.query);
  for (const bool plus : {false, true})
    if (const auto decoded = web::percent_decode(input, plus)) require(is_clean(*decoded));
  check_round_trip(input);
  return 0;
}
