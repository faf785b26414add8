#pragma once
// Where a page may send the browser next. Requirements §8: redirects only to whitelisted targets,
// so a `next` parameter can never lead off the portal.
#include <string>
#include <string_view>

namespace motcua::web {

// `candidate` if it is a local path ("/…" but not "//host", "/\host" or anything with a control
// character), else `fallback`.
std::string safe_next(std::string_view candidate, std::string_view fallback = "/");

// Percent-encodes everything but unreserved characters (RFC 3986 §2.3), for query values.
std::string url_encode(std::string_view text);

// The login page that returns to `next` afterwards.
std::string login_url(std::string_view next);

}  // namespace motcua::web
