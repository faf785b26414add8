#pragma once
// What every simulated system is given: the options, the shared log and random source, the
// callback thread, and the two ways a route meets the protocol rules (failure injection, and
// idempotency for the messages motcua sends).
#include <atomic>
#include <string>

#include "callbacks.hpp"
#include "failure_injector.hpp"
#include "options.hpp"
#include "seeded_random.hpp"
#include "sim_state.hpp"
#include "web/http/server.hpp"

namespace motcua::sim {

class SimContext {
 public:
  explicit SimContext(SimOptions options);

  const SimOptions& options() const { return options_; }
  SeededRandom& random() { return random_; }
  MessageLog& log() { return log_; }
  CallbackSender& callbacks() { return callbacks_; }
  void set_port(unsigned short port) { port_ = port; }
  // "http://host:port" as the request reached us.
  std::string base_url(const web::Request& request) const;

  // A call motcua makes: with --fail-rate it may fail before `handler` sees it.
  web::Handler protocol(web::Handler handler);
  // A message motcua sends under an Idempotency-Key: as protocol(), and a key `system` already
  // accepted gets the first answer again without `handler` acting twice.
  web::Handler accepting(std::string system, web::Handler handler);

 private:
  SimOptions options_;
  SeededRandom random_;
  FailureInjector failures_;
  MessageLog log_;
  IdempotencyStore accepted_;
  std::atomic<unsigned short> port_{0};
  CallbackSender callbacks_;  // last: its thread stops before the rest goes
};

// The Idempotency-Key of a request, "" without one.
std::string idempotency_key(const web::Request& request);

}  // namespace motcua::sim
