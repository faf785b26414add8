#pragma once
// The running number of a dossier received by a unit on a day (its code's last part).
#include <functional>

namespace motcua::store::sql {

// Takes the next number of a unit's day outside the caller's transaction; see PgNumbers.
using NumberSource = std::function<long long(long long unit_id, int day_key)>;

// The counter's row is locked from this statement to its transaction's end.
inline constexpr const char* kNextDossierNumberSql =
    "INSERT INTO dossier_counters (unit_id, day_key, value) VALUES ($1, $2, 1) "
    "ON CONFLICT (unit_id, day_key) DO UPDATE SET value = dossier_counters.value + 1 "
    "RETURNING value";

}  // namespace motcua::store::sql
