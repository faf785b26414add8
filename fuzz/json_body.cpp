// The JSON body of every API endpoint family goes through json_object_body; this target feeds it
// arbitrary bytes as an application/json request and then reads the members the handlers read
// (strings, the e-form) and serialises the result the way responses do, which must be what the
// JSON library itself writes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app/errors.hpp"
#include "app/form_json.hpp"
#include "web/api/api_support.hpp"
#include "web/json_text.hpp"
#include "web/responses.hpp"

namespace {

using motcua::web::Request;

// The members the API handlers read as text (auth, dossiers, tracking, calendar, accounts, work).
constexpr const char* kTextMembers[] = {"procedure_code", "username", "password", "comment",
                                        "reason",         "date",     "name",     "code"};

void read_members(const nlohmann::json& body) {
  for (const char* name : kTextMembers) {
    try {
      motcua::web::api::string_member(body, name);
    } catch (const motcua::app::AppError&) {
    }
  }
  if (const auto form = body.find("form"); form != body.end()) {
    try {
      motcua::app::to_form_values(*form);
    } catch (const motcua::app::AppError&) {
    }
  }
  motcua::web::json_response(200, body);
  if (motcua::web::json_text(body) !=
      body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
    __builtin_trap();
}

void parse(const Request& request, bool empty_is_object) {
  try {
    read_members(motcua::web::api::json_object_body(request, empty_is_object));
  } catch (const motcua::app::AppError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Request request;
  request.method = motcua::web::Method::post;
  request.headers = {{"content-type", "application/json; charset=utf-8"}};
  request.body.assign(reinterpret_cast<const char*>(data), size);
  parse(request, false);
  parse(request, true);
  return 0;
}
