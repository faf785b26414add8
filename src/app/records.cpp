#include "app/ports/records.hpp"

#include <algorithm>

namespace motcua::app {

bool User::has_role(core::Role role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool User::is_official() const {
  return std::any_of(roles.begin(), roles.end(), [](core::Role r) { return core::is_official(r); });
}

}  // namespace motcua::app
