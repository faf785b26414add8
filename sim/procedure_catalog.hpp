#pragma once
// The national procedure catalog as DVCQG publishes it (docs/integrations.md, `GET /procedures`):
// a few real procedures, enough for motcua's catalog sync to have something to compare.
#include <nlohmann/json.hpp>

namespace motcua::sim {

nlohmann::json national_procedures();

}  // namespace motcua::sim
