#pragma once
// Each national system's breaker (core/circuit_breaker), shared by the delivery threads of this
// process. Another process keeps its own: each learns of a system down from its own attempts.
#include <map>
#include <mutex>
#include <string>

#include "core/circuit_breaker.hpp"

namespace motcua::app {

class SystemBreakers {
 public:
  explicit SystemBreakers(core::BreakerPolicy policy) : policy_(policy) {}

  // When the system may be tried again; now or earlier when it may be tried now.
  long long open_until(const std::string& system) const;
  // `reached`: the system answered (any answer but a 5xx).
  void record(const std::string& system, bool reached, long long now_ms);

 private:
  core::BreakerPolicy policy_;
  mutable std::mutex mutex_;
  std::map<std::string, core::BreakerState> states_;
};

}  // namespace motcua::app
