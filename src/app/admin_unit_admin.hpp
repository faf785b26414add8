#pragma once
// The administrative-unit catalog kept by administrators (requirements §5 B6): a unit added,
// renamed or moved one at a time, or a whole catalog file imported after a reorganisation. Every
// change is checked by core/admin_unit_rules, kept in the unit's history and audited. Units are
// never deleted: the addresses on dossiers name them by code.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/admin_unit.hpp"

namespace motcua::app {

struct AdminUnitInput {
  std::string code;
  std::string name;
  std::string kind;         // core::admin_unit_kind_name
  std::string parent_code;  // empty for a province or centrally-run city
};

struct SavedAdminUnit {
  core::AdminUnit unit;
  bool created = false;
};

struct AdminUnitImport {
  int created = 0;
  int changed = 0;  // renamed, moved or of another kind
  int unchanged = 0;
};

class AdminUnitAdmin {
 public:
  explicit AdminUnitAdmin(Services& services) : services_(services) {}

  // Administrators only (403 otherwise): the province tier for "", else that province's units.
  std::vector<core::AdminUnit> list(const Principal& who, const std::string& parent_code);
  // 400 naming each wrong field.
  SavedAdminUnit save(const Principal& who, const AdminUnitInput& input, const std::string& ip);
  // A file of the form {"units": [{"code", "name", "kind", "parent"?, "position"?}, …]}, all or
  // nothing: 400 with "file", or "units[i].<field>" for each wrong unit (at most 50).
  AdminUnitImport import_file(const Principal& who, const std::string& json_text,
                              const std::string& ip);
  // The unit's changes, latest first; 404 for an unknown code.
  std::vector<core::AdminUnitChange> history(const Principal& who, const std::string& code);

 private:
  Services& services_;
};

}  // namespace motcua::app
