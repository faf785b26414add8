#include "web/responses.hpp"

#include <spdlog/spdlog.h>

#include "app/bounded_json.hpp"
#include "core/text.hpp"
#include "web/json_text.hpp"
#include "web/session_gate.hpp"

namespace motcua::web {
namespace {

bool is_unsafe(Method method) {
  return method != Method::get && method != Method::head && method != Method::options;
}

Response internal_error(const WebContext& context, const std::string& lang, const Request& request,
                        int status, const std::string& code, const std::string& what) {
  spdlog::error("request {} failed: {}: {}", request.request_id, code, what);
  auto response = api_error(context, lang, status, code,
                            status == 503 ? "error.unavailable" : "error.internal");
  if (status == 503) response.header("retry-after", "5");
  return response;
}

}  // namespace

int http_status(app::ErrorKind kind) {
  switch (kind) {
    case app::ErrorKind::invalid_input:
      return 400;
    case app::ErrorKind::unauthenticated:
      return 401;
    case app::ErrorKind::forbidden:
      return 403;
    case app::ErrorKind::not_found:
      return 404;
    case app::ErrorKind::conflict:
      return 409;
    case app::ErrorKind::too_large:
      return 413;
    case app::ErrorKind::too_many:
    case app::ErrorKind::locked:
      return 429;
    case app::ErrorKind::unavailable:
      return 503;
    case app::ErrorKind::bad_gateway:
      return 502;
  }
  return 500;
}

Response pdf_response(std::string bytes, const std::string& name) {
  return download_response(std::move(bytes), "application/pdf", name);
}

namespace {

// A plain ASCII fallback for old clients beside the exact UTF-8 name (RFC 6266 §4.3): a name a
// citizen gave a file can hold quotes, semicolons and any letter.
std::string content_disposition(const std::string& name) {
  std::string ascii;
  for (unsigned char c : core::fold_vietnamese(name)) {
    const bool plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';';
    ascii.push_back(plain ? static_cast<char>(c) : '_');
  }
  if (ascii.empty()) ascii = "tep";
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + core::percent_encode(name);
}

}  // namespace

Response download_response(std::string bytes, const std::string& content_type,
                           const std::string& name) {
  Response response{200, {}, std::move(bytes)};
  response.header("content-type", content_type.empty() ? "application/octet-stream" : content_type);
  response.header("content-disposition", content_disposition(name));
  response.header("x-content-type-options", "nosniff");
  response.header("cache-control", "private, no-store");
  return response;
}

Response json_response(int status, const nlohmann::json& body) {
  return Response::json(status, json_text(body));
}

nlohmann::json error_body(const WebContext& context, const std::string& lang,
                          const app::AppError& error) {
  nlohmann::json body{
      {"code", error.code()},
      {"message", context.translations.format(lang, error.message_key(), error.params)}};
  if (!error.fields().empty()) {
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [name, key] : error.fields())
      fields[name] = context.translations.text(lang, key);
    body["fields"] = fields;
  }
  return {{"error", body}};
}

Response api_error(const WebContext& context, const std::string& lang, const app::AppError& error) {
  auto response = json_response(http_status(error.kind()), error_body(context, lang, error));
  add_retry_after(response, error);
  return response;
}

void add_retry_after(Response& response, const app::AppError& error) {
  const auto wait = error.params.find("retry_after");
  if (wait == error.params.end()) return;
  std::erase_if(response.headers, [](const auto& header) { return header.first == "retry-after"; });
  response.header("retry-after", wait->second);
}

Response api_error(const WebContext& context, const std::string& lang, int status,
                   const std::string& code, const std::string& message_key) {
  return json_response(
      status,
      {{"error", {{"code", code}, {"message", context.translations.text(lang, message_key)}}}});
}

nlohmann::json parse_json_body(const Request& request) {
  if (request.body.size() > kMaxJsonBodyBytes)
    throw app::AppError(app::ErrorKind::too_large, "too_large", "error.too_large");
  if (!core::is_valid_utf8(request.body))
    throw app::AppError(app::ErrorKind::invalid_input, "invalid_utf8", "error.invalid_utf8");
  if (app::nests_deeper_than(request.body, app::kMaxJsonDepth))
    throw app::AppError(app::ErrorKind::invalid_input, "json_too_deep", "error.json_too_deep");
  auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded())
    throw app::AppError(app::ErrorKind::invalid_input, "malformed_json", "error.malformed_json");
  return body;
}

Response run_api(WebContext& context, Request& request, const CallerHandler& handler) {
  const auto lang = request_language(request);
  try {
    auto caller = identify(context, request);
    if (is_unsafe(request.method) && !csrf_ok(caller, request, ""))
      return api_error(context, caller.lang, 403, "csrf", "error.csrf");
    if (const auto refusal = api_gate(caller, request))
      return api_error(context, caller.lang, 403, refusal->code, refusal->message_key);
    return handler(caller);
  } catch (const app::AppError& error) {
    return api_error(context, lang, error);
  } catch (const nlohmann::json::exception& error) {
    // Request bodies are parsed without exceptions (parse_json_body), so this is the server's bug.
    return internal_error(context, lang, request, 500, "internal", error.what());
  } catch (const app::StoreUnavailable& error) {
    return internal_error(context, lang, request, 503, "store_unavailable", error.what());
  }
}

}  // namespace motcua::web
