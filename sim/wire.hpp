#pragma once
// What every simulated system shares on the wire: JSON answers and errors, bounded request
// bodies, reading fields the way MaXacThuc reads them, and the national time formats.
#include <chrono>
#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::sim {

using nlohmann::json;
using Clock = std::chrono::system_clock;

inline constexpr std::size_t kMaxBodyBytes = std::size_t{256} * 1024;
inline constexpr std::size_t kMaxDossierBytes = std::size_t{8} * 1024 * 1024;

web::Response json_reply(int status, const json& body);
// {"error": {"code", "message", "fields"}}: the shape of motcua's own API, for the controls and
// for every protocol that defines no error body of its own.
web::Response json_error(int status, std::string_view code, std::string_view message,
                         const json& fields = json::object());

// {"MaLoi", "MoTa"}: how PayGov and the eSign gateway refuse.
web::Response maloi_error(int status, std::string_view code, std::string_view message);

// A request body that must be a JSON object of at most `limit` bytes, nesting at most 32 levels.
struct JsonBody {
  json value;
  std::optional<web::Response> error;  // 413 or 400, ready to answer
};
JsonBody parse_json_body(const web::Request& request, std::size_t limit = kMaxBodyBytes);

// Form fields or query parameters by name; the first of a repeated name wins.
using Fields = std::map<std::string, std::string>;
Fields fields_of(const std::vector<std::pair<std::string, std::string>>& pairs);
// An application/x-www-form-urlencoded body; nothing when it does not decode.
std::optional<Fields> parse_form(std::string_view body);
std::string field(const Fields& fields, const std::string& name);  // "" when absent

// A value as MaXacThuc reads it: a string as it is, "" for null, else its JSON text.
std::string wire_text(const json& value);
// A member as MaXacThuc reads it: a string as it is, "" when absent or null, else its JSON text.
std::string text_of(const json& object, const char* name);
// A string member, "" when absent or not a string.
std::string string_of(const json& object, const char* name);
bool is_digits(std::string_view text, std::size_t min_length, std::size_t max_length);
bool is_web_url(std::string_view text);

// "2026-12-05T10:00:00.123+07:00"
std::string iso_local(Clock::time_point at);
// yyyyMMddHHmmss in Asia/Ho_Chi_Minh: the national portal's format.
std::string national_time(Clock::time_point at);
// yyMMdd in Asia/Ho_Chi_Minh: the date part of a dossier code.
std::string code_date(Clock::time_point at);

// "http://<host>" as the client reached us (the Host header when it is a plausible authority),
// else the address we listen on: links we hand out must lead back to where the client came from.
std::string base_url(const web::Request& request, const std::string& fallback_authority);
std::string authority(const std::string& host, unsigned short port);

}  // namespace motcua::sim
