#pragma once
// Static assets (CSS, JS, fonts, icons) held in memory from start-up and served from the I/O thread
// without touching the disk. Each file has identity, gzip and brotli forms: a shipped `.gz`/`.br`
// sibling is used as is, otherwise compressible types are compressed once at load. Names carry a
// content hash (the build fingerprints them), so responses are cacheable for a year.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::web {

inline constexpr std::string_view kImmutableCache = "public, max-age=31536000, immutable";

// What to send: status and headers in `head`, the content (empty for 304 and HEAD) as a view into
// the cache, which outlives every response because it lives as long as the server.
struct StaticReply {
  Response head;
  std::string_view body;
};

class StaticFiles {
 public:
  // Loads every regular file under `dir` (a missing folder gives an empty set, with a warning).
  static StaticFiles load(const std::string& dir);
  // Loads several folders; a file in an earlier one hides the same name in a later one.
  static StaticFiles load(const std::vector<std::string>& dirs);

  std::size_t size() const { return assets_.size(); }

  // `relative` is the normalised path below the static prefix (`css/site.css`).
  StaticReply serve(const Request& request, std::string_view relative) const;

  // Content-Type by extension; unknown extensions are application/octet-stream.
  static std::string_view content_type_for(std::string_view filename);

 private:
  struct Asset {
    std::string content_type;
    std::string etag;  // hash of the identity content, unquoted
    std::string identity;
    std::string gzip;    // empty when not worth it
    std::string brotli;  // empty when not worth it
  };

  void add(const std::string& relative, std::string content, const std::string* gzip,
           const std::string* brotli);

  std::unordered_map<std::string, Asset> assets_;
};

// Whether an Accept-Encoding value allows `coding` (q-values honoured, `*` understood).
bool accepts_encoding(std::string_view accept_encoding, std::string_view coding);

// Whether an If-None-Match value names `etag` (quoted) or is `*`; weak comparison (RFC 9110
// §13.1.2).
bool etag_matches(std::string_view if_none_match, std::string_view etag);

}  // namespace motcua::web
