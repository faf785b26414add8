#include "failure_injector.hpp"

#include <thread>

#include "wire.hpp"

namespace motcua::sim {

std::optional<web::Response> FailureInjector::fail() {
  if (rate_ <= 0.0 || !random_.chance(rate_)) return std::nullopt;
  if (random_.chance(0.5)) {
    return json_error(503, "unavailable", "Hệ thống tạm thời không phục vụ (mô phỏng)");
  }
  std::this_thread::sleep_for(hold_);
  return json_error(504, "timeout", "Hết thời gian chờ (mô phỏng)");
}

}  // namespace motcua::sim
