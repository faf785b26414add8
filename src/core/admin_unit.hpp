#pragma once
// The administrative-unit catalog after the 2025 reorganisation: two tiers only. Resolution
// 202/2025/QH15 leaves 34 provinces and centrally-run cities; below them communes, wards and
// special zones (Law on Local Government 2025 Art 2); there is no district tier any more.
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace motcua::core {

enum class AdminUnitKind { city, province, ward, commune, special_zone };
std::string_view admin_unit_kind_name(AdminUnitKind kind);
std::optional<AdminUnitKind> parse_admin_unit_kind(std::string_view name);
bool is_province_tier(AdminUnitKind kind);  // city or province

struct AdminUnit {
  std::string code;  // statistical code (QĐ 19/2025/QĐ-TTg) or a demo province's code
  std::string name;  // full name with its kind: "Thành phố Hà Nội", "Phường Minh An"
  AdminUnitKind kind = AdminUnitKind::province;
  std::string parent_code;  // empty for the province tier
  int position = 0;         // order in the catalog's list
};

// One saved change of a unit: addresses keep the code, so the former names must stay known.
struct AdminUnitChange {
  std::string code;
  Instant at{};
  std::string by;             // the administrator's username
  std::string name;           // after the change
  std::string previous_name;  // empty when the change created the unit
  std::string parent_code;    // after the change; empty for the province tier
  std::string previous_parent_code;
};

}  // namespace motcua::core
