#pragma once
// What public catalog pages add for browsers and search engines (requirements P12; ARCHITECTURE
// "public pages carry ETag"): a validator with 304 answers, and the portal's absolute address.
#include <string>

#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Adds a weak ETag computed from the rendered page and answers 304 (no body) when the request's
// If-None-Match names it. The page differs by session (header, form tokens) and language, so it
// is revalidated every time ("no-cache") and varies by Cookie.
Response with_validator(const Request& request, Response response);

// The portal's public base URL without a trailing slash: the deployment's setting (the address
// served when none is set), never the request's Host, which a client chooses and caches keep.
std::string public_base_url(const WebConfig& config);

}  // namespace motcua::web
