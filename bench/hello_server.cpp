// The baseline of bench/RESULTS.md: RESTinio answering "hello" with nothing else in the way, run
// with the same number of I/O threads as `motcua serve`, so the figures show what the application
// adds on top of the HTTP library on the same machine.
//   hello_server [--port N] [--threads N]
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <restinio/all.hpp>
#include <string_view>
#include <thread>
#include <vector>

#include "web/http/server.hpp"  // for the product's default I/O thread count only

namespace {

struct Arguments {
  unsigned short port = 18081;
  std::size_t threads = motcua::web::ServerOptions{}.io_threads;
};

Arguments parse(int argc, char** argv) {
  Arguments args;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    const unsigned long value = std::strtoul(argv[i + 1], nullptr, 10);
    if (flag == "--port") {
      args.port = static_cast<unsigned short>(value);
    } else if (flag == "--threads") {
      args.threads = value;
    } else {
      std::cerr << "usage: hello_server [--port N] [--threads N]\n";
      std::exit(2);
    }
  }
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  const auto args = parse(argc, argv);
  asio::io_context io;
  // The product's traits keep a strand per connection whatever the thread count; so does this.
  restinio::http_server_t<restinio::default_traits_t> server{
      restinio::external_io_context(io), [&](auto& settings) {
        settings.address("127.0.0.1").port(args.port).request_handler([](auto request) {
          return request->create_response()
              .append_header(restinio::http_field::content_type, "text/plain")
              .set_body("hello")
              .done();
        });
      }};
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const asio::error_code&, int) {
    server.close_async([&] { io.stop(); }, [&](std::exception_ptr) { io.stop(); });
  });
  std::exception_ptr open_error;
  server.open_async([&] { std::cout << "hello_server on port " << args.port << std::endl; },
                    [&](std::exception_ptr error) {
                      open_error = error;
                      io.stop();
                    });
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < args.threads; ++i) threads.emplace_back([&] { io.run(); });
  io.run();
  for (auto& thread : threads) thread.join();
  if (open_error) {
    try {
      std::rethrow_exception(open_error);
    } catch (const std::exception& error) {
      std::cerr << "hello_server: " << error.what() << "\n";
      return 1;
    }
  }
  return 0;
}
