#pragma once
// Decides which protocol calls fail before they are processed (--fail-rate), so motcua's retries
// and its exactly-once delivery meet the failures the national systems really have.
#include <chrono>
#include <optional>

#include "seeded_random.hpp"
#include "web/http/message.hpp"

namespace motcua::sim {

class FailureInjector {
 public:
  FailureInjector(double rate, std::chrono::milliseconds hold, SeededRandom& random)
      : rate_(rate), hold_(hold), random_(random) {}

  // The failure this call gets, if any: 503 at once, or 504 after holding it like a timeout.
  std::optional<web::Response> fail();
  double rate() const { return rate_; }

 private:
  double rate_;
  std::chrono::milliseconds hold_;
  SeededRandom& random_;
};

}  // namespace motcua::sim
