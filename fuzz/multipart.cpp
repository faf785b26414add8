// The form bodies pages and uploads post. The input's first line is the Content-Type value (it
// carries the boundary), the rest is the body, parsed both as multipart/form-data and as
// application/x-www-form-urlencoded.
#include "web/http/multipart.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using motcua::web::FormResult;

// Every accessor on every name the parser produced, as the handlers call them.
void read_form(const FormResult& result) {
  if (!result.ok()) return;
  const auto& form = *result.form;
  for (const auto& [name, value] : form.fields) {
    form.value(name);
    form.values(name);
  }
  for (const auto& file : form.files) {
    form.file(file.field);
    form.files_of(file.field);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const auto content_type = input.substr(0, newline);
  const auto body =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  read_form(motcua::web::parse_multipart(content_type, body, {.max_parts = 50}));
  read_form(motcua::web::parse_urlencoded(body));
  motcua::web::decode_ext_value(content_type);
  return 0;
}
