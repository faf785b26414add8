#include "web/routes.hpp"

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "app/integration_admin.hpp"
#include "web/caller.hpp"
#include "web/rate_limits.hpp"
#include "web/responses.hpp"
#include "web/security_headers.hpp"
#include "web/theme_css.hpp"
#include "web/write_marker.hpp"

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

// Whether the store answers. A load balancer polls every node several times a second, so the
// shallow check reuses the last answer for a second instead of querying the database per poll.
class StoreProbe {
 public:
  explicit StoreProbe(app::Store& store) : store_(store) {}

  bool ready(bool fresh) {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto due = due_.load(std::memory_order_acquire);
    if (!fresh && now < due) return ready_.load(std::memory_order_acquire);
    // One caller probes when the answer is due; the others keep reading the last one meanwhile.
    if (!fresh && !due_.compare_exchange_strong(due, now + kReuse.count()))
      return ready_.load(std::memory_order_acquire);
    const bool answered = probe();
    ready_.store(answered, std::memory_order_release);
    return answered;
  }

 private:
  static constexpr std::chrono::steady_clock::duration kReuse = std::chrono::seconds(1);

  bool probe() {
    try {
      store_.read([](app::Transaction& tx) { tx.setting("healthz", core::Instant{}); });
      return true;
    } catch (const std::exception&) {
      return false;
    }
  }

  app::Store& store_;
  std::atomic<std::chrono::steady_clock::rep> due_{0};
  std::atomic<bool> ready_{false};
};

void register_system_routes(Router& router, WebContext& context) {
  // Ready once the store answers: the migrations ran before the server started listening.
  // `?deep=1` asks the store now and adds the national connections' queues.
  auto probe = std::make_shared<StoreProbe>(context.services.store);
  router.add(Method::get, "/healthz", [&context, probe](Request& request) {
    const bool deep = request.query_or("deep", "") == "1";
    if (!probe->ready(deep)) return json_response(503, {{"status", "unavailable"}});
    if (!deep) return json_response(200, {{"status", "ok"}});
    return run_api(context, request, [&](Caller&) {
      return json_response(200, {{"status", "ok"}, {"integrations", connection_health(context)}});
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
    // What a change shows on a kept page must show at once on the node that made it. A signed-in
    // caller's refused write may still have changed something (a draft kept despite its errors),
    // so theirs clear the pages too; an anonymous refusal changed nothing.
    const bool reads = request.method == Method::get || request.method == Method::head;
    const bool changed = response.status < 400 || session_token(request).has_value();
    if (!reads && changed && context.page_cache != nullptr) {
      forget_kept(context);
      if (context.change_feed != nullptr) context.change_feed->announce();
      if (request.cookie(kSessionCookie))
        response.header("set-cookie", write_marker_cookie(PageCache::WallClock::now(),
                                                          context.config.secure_cookies));
    }
    add_security_headers(context.config, response);
    return response;
  };
}

}  // namespace motcua::web
