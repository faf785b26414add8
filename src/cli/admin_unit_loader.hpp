#pragma once
// Loads the administrative-unit catalog files (data/admin_units/*.json) into the store.
#include <string>

#include "app/services.hpp"

namespace motcua::cli {

// Every *.json directly in `dir`, in name order; a missing folder loads nothing. Returns the count
// of units upserted.
int load_admin_unit_folder(app::Services& services, const std::string& dir);

}  // namespace motcua::cli
