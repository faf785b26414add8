#include "web/http/multipart.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "web/http/header_value.hpp"
#include "web/http/url.hpp"

namespace motcua::web {
namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kHeaderEnd = "\r\n\r\n";

FormResult failure(std::string error) { return {std::nullopt, std::move(error)}; }

// RFC 2046 §5.1.1: 1 to 70 characters from a restricted set, not ending in a space.
bool valid_boundary(std::string_view boundary) {
  constexpr std::string_view kExtra = "'()+_,-./:=? ";
  if (boundary.empty() || boundary.size() > 70 || boundary.back() == ' ') return false;
  return std::all_of(boundary.begin(), boundary.end(), [&](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           kExtra.find(c) != std::string_view::npos;
  });
}

std::optional<std::string> boundary_of(std::string_view content_type) {
  const auto parsed = parse_header_value(content_type);
  if (!parsed || parsed->value != "multipart/form-data") return std::nullopt;
  auto boundary = parsed->param("boundary");
  if (!boundary || !valid_boundary(*boundary)) return std::nullopt;
  return boundary;
}

struct PartHeaders {
  std::optional<std::string> disposition;
  std::string content_type;
};

bool is_token_char(char c) {
  return c > ' ' && c < 0x7F &&
         std::string_view("()<>@,;:\\\"/[]?={}").find(c) == std::string_view::npos;
}

// One `Name: value` line per header; folded lines (obsolete, RFC 7578 §4.8) are refused.
std::optional<PartHeaders> parse_part_headers(std::string_view block) {
  PartHeaders headers;
  while (!block.empty()) {
    const auto end = block.find(kCrlf);
    const auto line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view{} : block.substr(end + 2);
    const auto colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos) return std::nullopt;
    const auto name = line.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), is_token_char)) return std::nullopt;
    auto value = line.substr(colon + 1);
    value.remove_prefix(std::min(value.find_first_not_of(" \t"), value.size()));
    const auto lowered = to_lower(name);
    if (lowered == "content-disposition") {
      if (headers.disposition) return std::nullopt;
      headers.disposition = std::string(value);
    } else if (lowered == "content-type") {
      headers.content_type = std::string(value);
    }
  }
  return headers;
}

// Old browsers send the client's full path; only the last component is the name.
std::string base_name(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::string out(filename);
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  return out;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
      out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    }
  }
  return out;
}

std::optional<std::string> filename_of(const HeaderValue& disposition) {
  if (auto extended = disposition.param("filename*")) return decode_ext_value(*extended);
  return disposition.param("filename");
}

// Adds one part; the error names what was wrong, nothing when the part is fine.
std::optional<std::string> add_part(FormData& form, const PartHeaders& headers,
                                    std::string_view content) {
  if (!headers.disposition) return "part without content-disposition";
  const auto disposition = parse_header_value(*headers.disposition);
  if (!disposition || disposition->value != "form-data") return "bad content-disposition";
  auto name = disposition->param("name");
  if (!name || name->empty() || !core::is_valid_utf8(*name)) return "part without a valid name";
  if (disposition->param("filename*") || disposition->param("filename")) {
    const auto filename = filename_of(*disposition);
    if (!filename || !core::is_valid_utf8(*filename)) return "bad filename";
    if (filename->empty() && content.empty()) return std::nullopt;
    form.files.push_back(
        {std::move(*name), base_name(*filename), headers.content_type, std::string(content)});
    return std::nullopt;
  }
  if (!core::is_valid_utf8(content)) return "field value is not UTF-8";
  form.fields.emplace_back(std::move(*name), std::string(content));
  return std::nullopt;
}

// After a delimiter: `--` closes the body, otherwise optional padding then CRLF opens a part.
// Returns the offset just past the CRLF, or npos for malformed input; `closed` says it ended.
std::size_t after_delimiter(std::string_view body, std::size_t pos, bool& closed) {
  if (body.substr(pos, 2) == "--") {
    closed = true;
    return pos + 2;
  }
  while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
  if (body.substr(pos, 2) != kCrlf) return std::string_view::npos;
  return pos + 2;
}

}  // namespace

std::optional<std::string> FormData::value(std::string_view name) const {
  for (const auto& [key, text] : fields) {
    if (key == name) return text;
  }
  return std::nullopt;
}

std::string FormData::value_or(std::string_view name, std::string fallback) const {
  auto found = value(name);
  return found ? std::move(*found) : std::move(fallback);
}

std::vector<std::string> FormData::values(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, text] : fields) {
    if (key == name) out.push_back(text);
  }
  return out;
}

const UploadedFile* FormData::file(std::string_view field) const {
  for (const auto& upload : files) {
    if (upload.field == field) return &upload;
  }
  return nullptr;
}

std::vector<const UploadedFile*> FormData::files_of(std::string_view field) const {
  std::vector<const UploadedFile*> out;
  for (const auto& upload : files) {
    if (upload.field == field) out.push_back(&upload);
  }
  return out;
}

std::optional<std::string> decode_ext_value(std::string_view value) {
  const auto first = value.find('\'');
  const auto second = first == std::string_view::npos ? first : value.find('\'', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const auto charset = to_lower(value.substr(0, first));
  const auto encoded = value.substr(second + 1);
  if (charset == "utf-8") return percent_decode(encoded);
  if (charset != "iso-8859-1") return std::nullopt;
  auto bytes = percent_decode_bytes(encoded);
  if (!bytes || bytes->find('\0') != std::string::npos) return std::nullopt;
  return latin1_to_utf8(*bytes);
}

FormResult parse_multipart(std::string_view content_type, std::string_view body,
                           const MultipartLimits& limits) {
  const auto boundary = boundary_of(content_type);
  if (!boundary) return failure("missing or invalid multipart boundary");
  const std::string delimiter = "--" + *boundary;
  const std::string separator = std::string(kCrlf) + delimiter;

  // The first delimiter opens the body or follows a preamble (RFC 2046 §5.1.1).
  std::size_t pos = 0;
  if (body.substr(0, delimiter.size()) != delimiter) {
    pos = body.find(separator);
    if (pos == std::string_view::npos) return failure("no opening delimiter");
    pos += kCrlf.size();
  }
  pos += delimiter.size();

  FormData form;
  for (std::size_t parts = 0;; ++parts) {
    bool closed = false;
    pos = after_delimiter(body, pos, closed);
    if (closed) return {std::move(form), {}};
    if (pos == std::string_view::npos) return failure("malformed delimiter line");
    if (parts == limits.max_parts) return failure("too many parts");

    const bool no_headers = body.substr(pos, 2) == kCrlf;
    const auto headers_end = no_headers ? pos : body.find(kHeaderEnd, pos);
    if (headers_end == std::string_view::npos) return failure("unterminated part headers");
    if (headers_end - pos > limits.max_part_header_bytes) return failure("part headers too large");
    const auto headers = parse_part_headers(body.substr(pos, headers_end - pos));
    if (!headers) return failure("malformed part headers");

    const auto content_start = headers_end + (no_headers ? kCrlf.size() : kHeaderEnd.size());
    const auto content_end = body.find(separator, content_start);
    if (content_end == std::string_view::npos) return failure("no closing delimiter");
    if (auto error =
            add_part(form, *headers, body.substr(content_start, content_end - content_start))) {
      return failure(std::move(*error));
    }
    pos = content_end + separator.size();
  }
}

FormResult parse_urlencoded(std::string_view body) {
  auto pairs = parse_query(body);
  if (!pairs) return failure("malformed urlencoded body");
  FormData form;
  form.fields = std::move(*pairs);
  return {std::move(form), {}};
}

FormResult parse_form(const Request& request) {
  const auto content_type = request.header("content-type").value_or("");
  const auto parsed = parse_header_value(content_type);
  if (!parsed) return failure("malformed content-type");
  if (parsed->value == "application/x-www-form-urlencoded") return parse_urlencoded(request.body);
  if (parsed->value == "multipart/form-data") return parse_multipart(content_type, request.body);
  return failure("unsupported content-type for a form: " + parsed->value);
}

}  // namespace motcua::web
