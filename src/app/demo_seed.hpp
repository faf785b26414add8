#pragma once
// Loads the demo province (API.md "Demo province"): units, procedures, holidays and the demo
// accounts. Idempotent: running it again changes nothing that is already there.
#include <string>

#include "app/services.hpp"

namespace motcua::app {

struct DemoData {
  std::string units_json;
  std::string procedures_json;
  std::string calendar_json;
  std::string catalogs_json;  // {"document_type": [{"code","name"}…], "fee_type": […]}; optional
};

inline constexpr const char* kDemoPassword = "MotCua@2026";

struct DemoAccount {
  const char* username;
  core::Role role;
  const char* unit_code;  // "" for applicants and the administrator
  const char* full_name;
};

// The accounts of API.md; the unit codes are those of data/demo/units.json.
const std::vector<DemoAccount>& demo_accounts();

struct SeedSummary {
  int units = 0;
  int procedures = 0;
  int accounts_created = 0;
};

SeedSummary seed_demo(Services& services, const DemoData& data);

}  // namespace motcua::app
