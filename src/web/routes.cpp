#include "web/routes.hpp"

#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "app/integration_admin.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"
#include "web/security_headers.hpp"
#include "web/theme_css.hpp"

namespace motcua::web {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Each connected system's queue: counts only, no message or error text, for a public endpoint.
nlohmann::json connection_health(WebContext& context) {
  const auto& services = context.services;
  std::map<std::string, app::OutboxCounts> counts;
  for (auto& c : app::IntegrationAdmin(context.services).counts()) counts[c.system] = c;
  auto health = nlohmann::json::object();
  for (const auto& system : app::national_systems()) {
    if (services.sender == nullptr || !services.sender->connected(system)) continue;
    const auto& c = counts[system];
    health[system] = {{"pending", c.pending},
                      {"failing", c.failing},
                      {"parked", c.parked},
                      {"delivered", c.delivered},
                      {"status", c.parked > 0 || c.failing > 0 ? "degraded" : "ok"}};
  }
  return health;
}

void register_system_routes(Router& router, WebContext& context) {
  // Ready once the store answers: the migrations ran before the server started listening.
  // `?deep=1` adds the national connections' queues.
  router.add(Method::get, "/healthz", [&context](Request& request) {
    return run_api(context, request, [&](Caller&) {
      context.services.store.read([](app::Transaction& tx) { tx.list_calendar_days(); });
      nlohmann::json body = {{"status", "ok"}};
      if (request.query_or("deep", "") == "1") body["integrations"] = connection_health(context);
      return json_response(200, body);
    });
  });
  auto openapi = std::make_shared<std::string>(read_file(context.config.openapi_path));
  router.add(Method::get, "/api/openapi.json", [openapi](Request&) {
    auto response = Response::json(200, *openapi);
    response.header("cache-control", "public, max-age=300");
    return response;
  });
}

}  // namespace

std::shared_ptr<Router> build_router(WebContext& context) {
  auto router = std::make_shared<Router>();
  register_system_routes(*router, context);
  register_theme_routes(*router, context);
  register_api_routes(*router, context);
  register_portal_routes(*router, context);
  register_backoffice_routes(*router, context);
  return router;
}

Handler make_application(WebContext& context) {
  auto router = build_router(context);
  return [router, &context](Request& request) {
    auto refused = refuse_over_write_rate(context, request);
    auto response = refused ? std::move(*refused) : router->dispatch(request);
    add_security_headers(context.config, response);
    return response;
  };
}

}  // namespace motcua::web
