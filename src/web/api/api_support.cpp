#include "web/api/api_support.hpp"

#include <charconv>
#include <utility>

#include "app/errors.hpp"
#include "core/text.hpp"
#include "web/http/header_value.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

using app::AppError;
using app::ErrorKind;

// The media type of the request without parameters, lower-cased; "" when none was sent. An
// unreadable header yields a type no endpoint accepts.
std::string media_type(const Request& request) {
  const auto header = request.header("content-type");
  if (!header) return "";
  const auto parsed = parse_header_value(*header);
  return parsed ? parsed->value : "invalid/invalid";
}

std::optional<long long> parse_integer(std::string_view text) {
  long long value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || ptr != end) return std::nullopt;
  return value;
}

[[noreturn]] void throw_malformed_multipart() {
  throw AppError(ErrorKind::invalid_input, "malformed_multipart", "error.malformed_multipart");
}

[[noreturn]] void throw_invalid_utf8() {
  throw AppError(ErrorKind::invalid_input, "invalid_utf8", "error.invalid_utf8");
}

}  // namespace

void add_route(Router& router, WebContext& context, Method method, const std::string& path,
               ApiHandler handler) {
  router.add(method, path, [&context, handler = std::move(handler)](Request& request) {
    auto response = run_api(context, request,
                            [&](Caller& caller) { return handler(context, request, caller); });
    // RFC 6750 §3: a 401 names the scheme that would have been accepted.
    if (response.status == 401) response.header("www-authenticate", "Bearer realm=\"motcua\"");
    return response;
  });
}

void add_shared_route(Router& router, WebContext& context, const std::string& path,
                      ApiHandler handler) {
  router.add(Method::get, path, [&context, handler = std::move(handler)](Request& request) {
    const auto key = context.page_cache ? anonymous_key(request) : std::nullopt;
    const auto run = [&] {
      return run_api(context, request,
                     [&](Caller& caller) { return handler(context, request, caller); });
    };
    if (!key) return run();
    auto served = context.page_cache->serve(*key, {}, [&]() -> PageCache::Rendered {
      auto response = run();
      const bool keep = response.status == 200;
      return {std::move(response), keep};
    });
    return answered(request, std::move(served));
  });
}

const app::Principal& signed_in(const Caller& caller) {
  if (!caller.signed_in()) app::throw_unauthenticated();
  return *caller.principal;
}

long long id_param(const Request& request, const std::string& name, const std::string& what) {
  const auto value = parse_integer(request.param(name));
  if (!value || *value <= 0) app::throw_not_found(what);
  return *value;
}

std::optional<long long> int_query(const Request& request, const std::string& name, long long min,
                                   long long max) {
  const auto text = request.query_param(name);
  if (!text || text->empty()) return std::nullopt;
  const auto value = parse_integer(*text);
  if (!value) app::throw_invalid({{name, "error.number"}});
  if (*value < min || *value > max) app::throw_invalid({{name, "error.range"}});
  return value;
}

std::string text_query(const Request& request, const std::string& name) {
  return core::trim(request.query_or(name, ""));
}

bool is_json_request(const Request& request) {
  const auto type = media_type(request);
  return type == "application/json" || type.ends_with("+json");
}

bool is_multipart_request(const Request& request) {
  return media_type(request) == "multipart/form-data";
}

nlohmann::json json_object_body(const Request& request, bool empty_is_object) {
  if (empty_is_object && core::trim(request.body).empty()) return nlohmann::json::object();
  if (!media_type(request).empty() && !is_json_request(request))
    throw AppError(ErrorKind::invalid_input, "malformed_json", "error.json_content_type");
  auto body = parse_json_body(request);
  if (!body.is_object())
    throw AppError(ErrorKind::invalid_input, "malformed_json", "error.json_object_expected");
  return body;
}

std::string string_member(const nlohmann::json& body, const std::string& name) {
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) return "";
  if (!found->is_string()) app::throw_invalid({{name, "error.form_shape"}});
  return found->get<std::string>();
}

std::string required_string_member(const nlohmann::json& body, const std::string& name) {
  auto value = string_member(body, name);
  if (core::trim(value).empty()) app::throw_invalid({{name, "error.required"}});
  return value;
}

FormData multipart_form(const Request& request) {
  if (!is_multipart_request(request))
    throw AppError(ErrorKind::invalid_input, "malformed_multipart", "error.multipart_expected");
  auto parsed = parse_multipart(request.header("content-type").value_or(""), request.body);
  // The parser refuses a text field that is not UTF-8 along with broken envelopes; API.md clients
  // get the specific code for it, so they know the structure was right.
  if (!parsed.ok() && parsed.error.find("UTF-8") != std::string::npos) throw_invalid_utf8();
  if (!parsed.ok()) throw_malformed_multipart();
  return std::move(*parsed.form);
}

std::string text_field(const FormData& form, std::string_view name) {
  return core::trim(form.value_or(name, ""));
}

Response created(const nlohmann::json& body) { return json_response(201, body); }
Response ok(const nlohmann::json& body) { return json_response(200, body); }
Response no_content() { return Response::empty(204); }

Response xlsx_response(const WebContext& context, const app::Sheet& sheet,
                       const std::string& file_name) {
  if (!context.services.spreadsheets)
    throw app::AppError(app::ErrorKind::unavailable, "spreadsheets_unavailable",
                        "error.unavailable");
  return download_response(context.services.spreadsheets->workbook(sheet),
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           file_name);
}

}  // namespace motcua::web::api
