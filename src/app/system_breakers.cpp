#include "app/system_breakers.hpp"

namespace motcua::app {

long long SystemBreakers::open_until(const std::string& system) const {
  const std::lock_guard lock(mutex_);
  const auto found = states_.find(system);
  return found == states_.end() ? 0 : found->second.open_until_ms;
}

void SystemBreakers::record(const std::string& system, bool reached, long long now_ms) {
  const std::lock_guard lock(mutex_);
  states_[system] = core::after_attempt(policy_, states_[system], reached, now_ms);
}

}  // namespace motcua::app
