#pragma once
// Turning use-case outcomes into HTTP: JSON bodies, the API error shape of API.md, and the
// status each error kind maps to.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "app/errors.hpp"
#include "web/caller.hpp"
#include "web/http/message.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

int http_status(app::ErrorKind kind);

Response json_response(int status, const nlohmann::json& body);
// A private document, downloaded as `name` and never kept by shared caches.
Response pdf_response(std::string bytes, const std::string& name);
// A private file to save (never shown inline), e.g. an Excel export.
Response download_response(std::string bytes, const std::string& content_type,
                           const std::string& name);

// {"error": {"code", "message", "fields"}} with messages in the caller's language.
nlohmann::json error_body(const WebContext& context, const std::string& lang,
                          const app::AppError& error);
Response api_error(const WebContext& context, const std::string& lang, const app::AppError& error);
Response api_error(const WebContext& context, const std::string& lang, int status,
                   const std::string& code, const std::string& message_key);

// Retry-After from the error's "retry_after" parameter (seconds), for 429 and 503 answers; it
// replaces any default the response had.
void add_retry_after(Response& response, const app::AppError& error);

using CallerHandler = std::function<Response(Caller&)>;

// Runs an API handler: identifies the caller, enforces CSRF on cookie sessions for unsafe methods,
// and maps every failure to the API error shape (malformed JSON → 400, store down → 503, a JSON
// error of the server's own → 500, logged with the request id, …).
Response run_api(WebContext& context, Request& request, const CallerHandler& handler);

// Larger than any JSON request the API takes (a dossier's form is at most 256 KiB).
inline constexpr std::size_t kMaxJsonBodyBytes = std::size_t{1024} * 1024;

// Parses a JSON request body. A malformed or non-UTF-8 body is an AppError 400 (malformed_json,
// invalid_utf8), one nested deeper than app::kMaxJsonDepth 400 json_too_deep, one over
// kMaxJsonBodyBytes 413 too_large.
nlohmann::json parse_json_body(const Request& request);

}  // namespace motcua::web
