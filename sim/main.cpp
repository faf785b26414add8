// motcua-sim: the national systems motcua connects to, on one port, for tests and demos.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "dvcqg.hpp"
#include "messaging.hpp"
#include "national_portal_pages.hpp"
#include "paygov.hpp"
#include "vneid.hpp"
#include "vnpost.hpp"
#include "web/http/router.hpp"
#include "web/http/server.hpp"

namespace motcua::sim {
namespace {

// Handlers may sleep through an injected timeout; enough workers that the rest keep answering.
constexpr std::size_t kWorkers = 16;
constexpr std::size_t kQueueLimit = 1024;

web::ServerOptions server_options(const SimOptions& options) {
  web::ServerOptions server;
  server.address = options.bind;
  server.port = options.port;
  server.worker_threads = kWorkers;
  server.worker_queue_limit = kQueueLimit;
  server.max_body_bytes = kMaxDossierBytes;
  return server;
}

void install_controls(web::Router& router, SimContext& context) {
  router.add(web::Method::get, "/_sim/log", [&context](web::Request& request) {
    return json_reply(200, context.log().entries(request.query_or("system", "")));
  });
  // Ready once it answers, as motcua's own /healthz: scripts and tests wait on the same probe.
  router.add(web::Method::get, "/healthz", [](web::Request&) {
    return json_reply(200, nlohmann::json{{"status", "ok"}});
  });
}

int serve(const SimOptions& options) {
  SimContext context(options);
  Dvcqg dvcqg(context);
  NationalPortalPages portal_pages(dvcqg);
  Vneid vneid(context);
  Paygov paygov(context);
  Vnpost vnpost(context);
  Messaging messaging(context);
  web::Router router;
  dvcqg.install(router);
  portal_pages.install(router);
  vneid.install(router);
  paygov.install(router);
  vnpost.install(router);
  messaging.install(router);
  install_controls(router, context);

  web::HttpServer server(server_options(options),
                         [&router](web::Request& request) { return router.dispatch(request); });
  server.on_listening([&](unsigned short port) {
    context.set_port(port);
    // Scripts and tests wait for this line: flushed, on stdout, once the port accepts.
    std::cout << "motcua-sim listening on http://" << authority(options.bind, port) << "/"
              << std::endl;
  });
  server.run();
  context.callbacks().stop();
  return 0;
}

}  // namespace
}  // namespace motcua::sim

int main(int argc, char** argv) {
  using namespace motcua::sim;
  const auto parsed = parse_arguments(std::vector<std::string>(argv + 1, argv + argc));
  if (parsed.help) {
    std::cout << usage();
    return 0;
  }
  if (!parsed.options) {
    std::cerr << "motcua-sim: " << parsed.error << "\n" << usage();
    return 2;
  }
  // stdout carries only the "listening" line; the access log goes to stderr.
  spdlog::set_default_logger(spdlog::stderr_color_mt("motcua-sim"));
  try {
    return serve(*parsed.options);
  } catch (const std::exception& error) {
    std::cerr << "motcua-sim: " << error.what() << "\n";
    return 1;
  }
}
