#include "wire.hpp"

#include <algorithm>
#include <cstdio>

#include "app/bounded_json.hpp"
#include "core/national_codes.hpp"
#include "core/time.hpp"
#include "web/http/url.hpp"

namespace motcua::sim {
namespace {

constexpr std::size_t kMaxAuthorityLength = 255;

core::Instant whole_seconds(Clock::time_point at) {
  return std::chrono::floor<std::chrono::seconds>(at);
}

bool authority_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == ':' || c == '[' || c == ']';
}

}  // namespace

web::Response json_reply(int status, const json& body) {
  return web::Response::json(status, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

web::Response json_error(int status, std::string_view code, std::string_view message,
                         const json& fields) {
  return json_reply(status,
                    {{"error", {{"code", code}, {"message", message}, {"fields", fields}}}});
}

web::Response maloi_error(int status, std::string_view code, std::string_view message) {
  return json_reply(status, {{"MaLoi", code}, {"MoTa", message}});
}

JsonBody parse_json_body(const web::Request& request, std::size_t limit) {
  JsonBody parsed;
  if (request.body.size() > limit) {
    parsed.error = json_error(413, "too_large", "Nội dung quá lớn");
    return parsed;
  }
  parsed.value = app::parse_bounded_json(request.body);
  if (!parsed.value.is_object()) {
    parsed.error = json_error(400, "bad_request", "Nội dung không phải một đối tượng JSON hợp lệ");
  }
  return parsed;
}

Fields fields_of(const std::vector<std::pair<std::string, std::string>>& pairs) {
  Fields fields;
  for (const auto& [name, value] : pairs) fields.emplace(name, value);
  return fields;
}

std::optional<Fields> parse_form(std::string_view body) {
  const auto pairs = web::parse_query(body);
  if (!pairs) return std::nullopt;
  return fields_of(*pairs);
}

std::string field(const Fields& fields, const std::string& name) {
  const auto found = fields.find(name);
  return found == fields.end() ? std::string() : found->second;
}

std::string wire_text(const json& value) {
  if (value.is_null()) return {};
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string text_of(const json& object, const char* name) {
  const auto found = object.find(name);
  return found == object.end() ? std::string() : wire_text(*found);
}

std::string string_of(const json& object, const char* name) {
  const auto found = object.find(name);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool is_digits(std::string_view text, std::size_t min_length, std::size_t max_length) {
  return text.size() >= min_length && text.size() <= max_length &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_web_url(std::string_view text) {
  const bool scheme = text.starts_with("http://") || text.starts_with("https://");
  const bool clean = std::none_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>';
  });
  return scheme && clean && text.size() <= 2048;
}

std::string iso_local(Clock::time_point at) {
  const auto seconds = whole_seconds(at);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(at - seconds).count();
  auto text = core::format_iso(seconds);  // 2026-12-05T10:00:00+07:00
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(millis));
  return text.insert(text.size() - 6, fraction);
}

std::string national_time(Clock::time_point at) { return core::national_time(whole_seconds(at)); }

std::string code_date(Clock::time_point at) {
  const auto date = core::to_local(whole_seconds(at)).date;
  char text[16];
  std::snprintf(text, sizeof text, "%02d%02u%02u", static_cast<int>(date.year()) % 100,
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

std::string base_url(const web::Request& request, const std::string& fallback_authority) {
  const auto host = request.header("host");
  const bool usable = host && !host->empty() && host->size() <= kMaxAuthorityLength &&
                      std::all_of(host->begin(), host->end(), authority_char);
  return "http://" + (usable ? *host : fallback_authority);
}

std::string authority(const std::string& host, unsigned short port) {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace motcua::sim
