#pragma once
// Compression of static assets at load time, for files shipped without a .br or .gz sibling.
#include <optional>
#include <string>
#include <string_view>

namespace motcua::web {

// Best compression: it runs once per file at start-up, and the output is served many times.
std::optional<std::string> gzip_compress(std::string_view data);
std::optional<std::string> brotli_compress(std::string_view data);

}  // namespace motcua::web
