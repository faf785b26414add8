#pragma once
// Errors the HTTP layer answers by itself (unknown path, wrong method, body too large, overload,
// a handler that threw), in the API's error shape: {"error": {"code", "message", "request_id"}}.
// The message is Vietnamese unless the request asks for English (`?lang=en` or Accept-Language).
#include <string>
#include <string_view>

#include "web/http/message.hpp"

namespace motcua::web {

// Codes: not_found, method_not_allowed, bad_request, too_large, header_too_large, uri_too_long,
// request_timeout, too_many_connections, overloaded, internal, unavailable. Any other code gets a
// generic message.
Response error_response(const Request& request, int status, std::string_view code);

bool prefers_english(const Request& request);

}  // namespace motcua::web
