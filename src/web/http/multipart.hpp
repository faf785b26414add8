#pragma once
// Form bodies posted by pages: application/x-www-form-urlencoded and multipart/form-data
// (RFC 7578). Parsing is strict and total: a malformed body is an error result, never an exception
// or a partial form.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::web {

struct UploadedFile {
  std::string field;         // the form field's name
  std::string filename;      // as sent, without any directory part; UTF-8
  std::string content_type;  // as declared by the client: check the magic bytes, never trust it
  std::string data;
};

struct FormData {
  std::vector<std::pair<std::string, std::string>> fields;  // in body order
  std::vector<UploadedFile> files;

  std::optional<std::string> value(std::string_view name) const;  // the first with that name
  std::string value_or(std::string_view name, std::string fallback) const;
  std::vector<std::string> values(std::string_view name) const;  // checkboxes, multiple selects
  const UploadedFile* file(std::string_view field) const;        // the first file of that field
  std::vector<const UploadedFile*> files_of(std::string_view field) const;
};

struct FormResult {
  std::optional<FormData> form;
  std::string error;  // why the body was refused, for logs (not for users)

  bool ok() const { return form.has_value(); }
};

struct MultipartLimits {
  std::size_t max_parts = 1000;
  std::size_t max_part_header_bytes = std::size_t{8} * 1024;
};

// `content_type` is the request's Content-Type value (it carries the boundary). A file input left
// empty (empty filename and no content) is skipped, as browsers send one for it.
FormResult parse_multipart(std::string_view content_type, std::string_view body,
                           const MultipartLimits& limits = {});

// Values must be UTF-8 after decoding; `+` is a space.
FormResult parse_urlencoded(std::string_view body);

// Either of the two by the request's Content-Type; any other type is an error.
FormResult parse_form(const Request& request);

// The value of a `filename*` parameter (RFC 5987/8187: `UTF-8''b%C3%A1o.pdf`, or ISO-8859-1),
// converted to UTF-8; nothing when malformed or in another charset.
std::optional<std::string> decode_ext_value(std::string_view value);

}  // namespace motcua::web
