#pragma once
// A JSON value as the text the API answers with: what nlohmann's dump(-1, ' ', false, replace)
// writes, byte for byte, in a fraction of its time. The library checks every byte of every string
// through a decoder; nearly all strings are valid UTF-8 with nothing to escape and are copied as
// they stand here, the rest (escapes, invalid bytes, floating-point numbers) still written by the
// library itself.
#include <nlohmann/json.hpp>
#include <string>

namespace motcua::web {

std::string json_text(const nlohmann::json& value);
void append_json_text(std::string& out, const nlohmann::json& value);

}  // namespace motcua::web
