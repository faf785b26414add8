#include "web/http/message.hpp"

#include <algorithm>

namespace motcua::web {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trim_ows(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

// A CR or LF in a header value would let a caller end the header block and forge headers or a
// body (response splitting); NUL is cut by some proxies. All three are dropped.
std::string strip_controls(std::string text) {
  std::erase_if(text, [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
  return text;
}

// The value of one `name=value` pair of a Cookie header, or nothing (RFC 6265 §4.2.1, §5.4).
std::optional<std::string> cookie_in(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const auto end = header.find(';');
    const auto pair = trim_ows(header.substr(0, end));
    header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos || trim_ows(pair.substr(0, eq)) != name) continue;
    auto value = trim_ows(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  }
  return std::nullopt;
}

Response with_body(int status, std::string content_type, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.header("content-type", std::move(content_type));
  return response;
}

}  // namespace

std::string_view method_name(Method method) {
  switch (method) {
    case Method::get:
      return "GET";
    case Method::head:
      return "HEAD";
    case Method::post:
      return "POST";
    case Method::put:
      return "PUT";
    case Method::patch:
      return "PATCH";
    case Method::del:
      return "DELETE";
    case Method::options:
      return "OPTIONS";
    case Method::other:
      break;
  }
  return "OTHER";
}

std::optional<std::string> Request::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> Request::query_param(std::string_view name) const {
  for (const auto& [key, value] : query) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::string Request::query_or(std::string_view name, std::string fallback) const {
  auto value = query_param(name);
  return value ? std::move(*value) : std::move(fallback);
}

std::optional<std::string> Request::cookie(std::string_view name) const {
  // A client may split cookies over several Cookie lines; the first pair with the name wins.
  for (const auto& [key, value] : headers) {
    if (!iequals(key, "cookie")) continue;
    if (auto found = cookie_in(value, name)) return found;
  }
  return std::nullopt;
}

std::string Request::param(const std::string& name) const {
  const auto found = path_params.find(name);
  return found == path_params.end() ? std::string{} : found->second;
}

std::string_view Response::body_text() const { return shared_body ? *shared_body : body; }

Response& Response::header(std::string name, std::string value) {
  headers.emplace_back(strip_controls(std::move(name)), strip_controls(std::move(value)));
  return *this;
}

bool Response::has_header(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& header) { return iequals(header.first, name); });
}

std::optional<std::string> Response::header_value(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return std::nullopt;
}

Response Response::text(int status, std::string body) {
  return with_body(status, "text/plain; charset=utf-8", std::move(body));
}

Response Response::html(int status, std::string body) {
  return with_body(status, "text/html; charset=utf-8", std::move(body));
}

Response Response::json(int status, std::string body) {
  return with_body(status, "application/json; charset=utf-8", std::move(body));
}

Response Response::redirect(std::string location, int status) {
  Response response;
  response.status = status;
  response.header("location", std::move(location));
  return response;
}

Response Response::empty(int status) {
  Response response;
  response.status = status;
  return response;
}

}  // namespace motcua::web
