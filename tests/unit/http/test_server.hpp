#pragma once
// Runs an HttpServer on a free port in a background thread for the duration of a test.
#include <atomic>
#include <chrono>
#include <exception>
#include <future>
#include <memory>
#include <thread>

#include "web/http/server.hpp"

namespace motcua::web::test {

class TestServer {
 public:
  // Starts on port 0 and waits until it listens (throws if it does not within a few seconds).
  TestServer(ServerOptions options, Handler handler);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  unsigned short port() const { return port_; }
  HttpServer& server() { return *server_; }

  // Asks for a graceful stop (from this thread) without waiting.
  void request_stop() { server_->stop(); }
  // True once run() returned within `timeout`.
  bool wait_stopped(std::chrono::milliseconds timeout);

 private:
  std::unique_ptr<HttpServer> server_;
  std::promise<unsigned short> listening_;
  std::promise<void> returned_;
  std::future<void> returned_future_;
  std::thread thread_;
  unsigned short port_ = 0;
};

ServerOptions test_options();

}  // namespace motcua::web::test
