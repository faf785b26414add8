#pragma once
// Outbound HTTP over libcurl: one blocking call, with its timeouts always set, and the answer or
// the reason it failed. Nothing else in the project includes curl.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace motcua::integrations {

struct HttpCall {
  std::string method = "POST";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string content_type = "application/json";
  std::chrono::milliseconds connect_timeout{2000};
  std::chrono::milliseconds timeout{10000};  // the whole exchange
  std::size_t max_answer_bytes = std::size_t{4} * 1024 * 1024;
};

struct HttpAnswer {
  int status = 0;  // 0 when no answer came (refused, timed out, too large)
  std::string body;
  std::string error;  // why no answer came; empty with one
  bool ok() const { return status >= 200 && status < 300; }
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Reuses the connection of the previous call to the same host. One HttpClient per thread.
  HttpAnswer send(const HttpCall& call);

 private:
  void* handle_;  // CURL*
};

// Percent-encodes for a query string or a form body.
std::string url_encode(const std::string& text);
// `a=1&b=2` from pairs, each encoded.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace motcua::integrations
