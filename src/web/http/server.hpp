#pragma once
// The HTTP server: RESTinio behind this interface, and nothing else in the project includes it.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::web {

using Handler = std::function<Response(Request&)>;

// What the I/O thread can answer from memory, without handing the request to a worker, and the
// work a worker does afterwards (or nothing). A QuickHandler that has no such answer returns
// nothing; it must never block.
struct QuickAnswer {
  Response response;
  std::function<void()> after;
};
using QuickHandler = std::function<std::optional<QuickAnswer>(const Request&)>;

// One per core: with the kept pages answered on them, a single I/O thread was the bottleneck
// while the workers idled.
inline std::size_t default_io_threads() {
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port
  std::size_t io_threads = default_io_threads();
  std::size_t worker_threads = 4;        // store, hashing and PDF work
  std::size_t worker_queue_limit = 256;  // beyond it: 503 with Retry-After
  std::size_t max_body_bytes = std::size_t{64} * 1024 * 1024;
  std::size_t max_header_bytes = std::size_t{16} * 1024;  // the whole head; beyond it: 431
  std::size_t max_target_bytes = std::size_t{8} * 1024;   // the request target; beyond it: 414
  std::size_t max_header_fields = 100;                    // beyond it: 431
  std::size_t max_connections = 1024;
  // Open connections from one address; beyond it new ones get 429 and are closed. 0: no limit.
  std::size_t max_connections_per_address = 64;
  // Peers the cap above does not apply to: the reverse proxies every client arrives through.
  std::vector<std::string> uncapped_addresses;
  // A request head must be complete within it (408 otherwise): a client trickling its headers
  // cannot hold a connection for the whole read timeout.
  std::chrono::milliseconds header_timeout{10000};
  // From the end of the previous response (or the accept) to the end of a whole request.
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{60};
  std::chrono::seconds handler_timeout{60};
  std::string static_dir;  // served under /static/, precompressed variants preferred
  std::vector<std::string> static_overlays;  // searched before static_dir (the compiled assets)
  std::string static_prefix = "/static/";
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, Handler handler, QuickHandler quick = {});
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and serves until stop() or SIGTERM/SIGINT; in-flight requests finish before it returns.
  void run();
  // The port actually bound (useful with port 0); valid once `on_listening` has fired.
  unsigned short bound_port() const;
  void on_listening(std::function<void(unsigned short)> callback);
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace motcua::web
