#pragma once
// A deliberately small HTTP/1.1 client over a raw socket, so the server tests control every byte
// they send (oversized heads, bodies that never come, pipelining) and see every byte they get.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::web::test {

struct HttpReply {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  std::optional<std::string> header(std::string_view name) const;
  std::size_t count(std::string_view name) const;
};

class RawHttpClient {
 public:
  // Connects to 127.0.0.1:port, from `source` when given (any 127.x.y.z address is local);
  // throws std::runtime_error when it cannot.
  explicit RawHttpClient(unsigned short port,
                         std::chrono::milliseconds timeout = std::chrono::seconds(10),
                         const char* source = nullptr);
  ~RawHttpClient();
  RawHttpClient(const RawHttpClient&) = delete;
  RawHttpClient& operator=(const RawHttpClient&) = delete;

  void send(std::string_view bytes);  // throws when the peer is gone
  bool try_send(std::string_view bytes);

  // Reads the next final response (1xx ones are skipped unless `keep_interim`); `no_body` for
  // replies to HEAD. Throws std::runtime_error on timeout or a connection closed too early.
  HttpReply read_reply(bool no_body = false, bool keep_interim = false);

  // True when the server closed the connection (reads end-of-input within the timeout).
  bool closed_by_peer();

  // True when response bytes (or end-of-input) arrive within `wait`.
  bool readable_within(std::chrono::milliseconds wait);

 private:
  bool fill();  // reads more into buffer_; false at end-of-input
  std::string take_head();

  int fd_ = -1;
  std::string buffer_;
};

// One request on a new connection, with `Connection: close`.
HttpReply http_request(unsigned short port, std::string_view method, std::string_view target,
                       const std::vector<std::pair<std::string, std::string>>& headers = {},
                       std::string_view body = {});

}  // namespace motcua::web::test
