#include "sim_context.hpp"

namespace motcua::sim {
namespace {

constexpr int kCallbackRetries = 3;
constexpr std::chrono::milliseconds kCallbackPause{500};

}  // namespace

SimContext::SimContext(SimOptions options)
    : options_(std::move(options)),
      random_(options_.seed),
      failures_(options_.fail_rate, options_.timeout, random_),
      callbacks_(kCallbackRetries, kCallbackPause) {}

std::string SimContext::base_url(const web::Request& request) const {
  return sim::base_url(request, authority(options_.bind, port_));
}

web::Handler SimContext::protocol(web::Handler handler) {
  return [this, handler = std::move(handler)](web::Request& request) {
    if (auto failure = failures_.fail()) return std::move(*failure);
    return handler(request);
  };
}

web::Handler SimContext::accepting(std::string system, web::Handler handler) {
  return protocol(
      [this, system = std::move(system), handler = std::move(handler)](web::Request& request) {
        const auto key = idempotency_key(request);
        if (key.empty()) return handler(request);
        return accepted_.once(system + " " + key, [&] { return handler(request); });
      });
}

std::string idempotency_key(const web::Request& request) {
  return request.header("idempotency-key").value_or("");
}

}  // namespace motcua::sim
