#pragma once
// The agency tree kept by administrators (requirements §5 B1): every unit with its electronic
// identifier and parent, and one unit saved at a time, created or changed by its identifier,
// checked by core/unit_rules and audited. Units are never deleted: dossiers and accounts name them.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct UnitInput {
  std::string code;
  std::string name;
  std::string parent_code;  // empty: a root
  std::string kind;         // core::unit_kind_name
  bool receives_for_province = false;
  std::string address;
  std::string phone;
  std::string email;
};

struct SavedUnit {
  core::Unit unit;
  bool created = false;
};

class UnitAdmin {
 public:
  explicit UnitAdmin(Services& services) : services_(services) {}

  // Administrators only (403 otherwise), parents before their children.
  std::vector<core::Unit> list(const Principal& who);
  // 400 naming each wrong field.
  SavedUnit save(const Principal& who, const UnitInput& input, const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
