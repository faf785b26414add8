#pragma once
#include "core/time.hpp"

namespace motcua::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual core::Instant now() const = 0;
};

}  // namespace motcua::app
