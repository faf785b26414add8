#include "unit/http/test_server.hpp"

#include <stdexcept>

namespace motcua::web::test {

ServerOptions test_options() {
  ServerOptions options;
  options.port = 0;
  options.worker_threads = 2;
  options.handler_timeout = std::chrono::seconds(10);
  return options;
}

TestServer::TestServer(ServerOptions options, Handler handler)
    : server_(std::make_unique<HttpServer>(std::move(options), std::move(handler))),
      returned_future_(returned_.get_future()) {
  auto listening = listening_.get_future();
  server_->on_listening([this](unsigned short port) { listening_.set_value(port); });
  thread_ = std::thread([this] {
    try {
      server_->run();
    } catch (...) {
      try {
        listening_.set_exception(std::current_exception());
      } catch (const std::future_error&) {
      }
    }
    returned_.set_value();
  });
  if (listening.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    server_->stop();
    thread_.join();
    throw std::runtime_error("server did not start listening");
  }
  try {
    port_ = listening.get();
  } catch (...) {
    thread_.join();
    throw;
  }
}

TestServer::~TestServer() {
  server_->stop();
  thread_.join();
}

bool TestServer::wait_stopped(std::chrono::milliseconds timeout) {
  return returned_future_.wait_for(timeout) == std::future_status::ready;
}

}  // namespace motcua::web::test
