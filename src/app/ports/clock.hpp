#pragma once
#include "core/time.hpp"

namespace motcua::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual core::Instant now() const = 0;
  // Milliseconds since the epoch, for retry schedules and delivery delays.
  virtual long long now_ms() const { return now().time_since_epoch().count() * 1000; }
};

}  // namespace motcua::app
