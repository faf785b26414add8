#pragma once
// A small HTTP/1.1 client over a raw socket: one connection per request, so each test sees exactly
// what the server answered to that request and nothing is pooled between them.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace motcua::test {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse {
  int status = 0;
  Headers headers;  // names lower-cased
  std::string body;

  std::optional<std::string> header(const std::string& name) const;
  // The body as JSON; a parse failure yields a discarded value so assertions show the body.
  nlohmann::json json() const;
};

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";
  Headers headers;
  std::string body;
};

class HttpClient {
 public:
  explicit HttpClient(unsigned short port) : port_(port) {}

  HttpResponse send(const HttpRequest& request) const;
  // Declares `declared_length` bytes of body but stops writing as soon as the server answers:
  // how a client meets a limit enforced before the whole body arrives.
  HttpResponse send_oversized(const HttpRequest& request, std::size_t declared_length) const;
  // Sends raw bytes as they are and reads the answer.
  HttpResponse send_raw(const std::string& bytes) const;

  unsigned short port() const { return port_; }

 private:
  unsigned short port_;
};

// multipart/form-data bodies.
struct MultipartField {
  std::string name;
  std::string value;
  std::string filename;  // non-empty: a file part
  std::string content_type = "application/octet-stream";
};

struct MultipartBody {
  std::string content_type;  // with the boundary
  std::string body;
};

MultipartBody multipart(const std::vector<MultipartField>& fields);

// Percent-encodes a query value.
std::string url_encode(const std::string& text);

}  // namespace motcua::test
