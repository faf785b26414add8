#include "core/admin_unit.hpp"

#include <array>
#include <utility>

namespace motcua::core {
namespace {

constexpr std::array<std::pair<AdminUnitKind, std::string_view>, 5> kNames{{
    {AdminUnitKind::city, "city"},
    {AdminUnitKind::province, "province"},
    {AdminUnitKind::ward, "ward"},
    {AdminUnitKind::commune, "commune"},
    {AdminUnitKind::special_zone, "special_zone"},
}};

}  // namespace

std::string_view admin_unit_kind_name(AdminUnitKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "province";
}

std::optional<AdminUnitKind> parse_admin_unit_kind(std::string_view name) {
  for (const auto& [kind, n] : kNames) {
    if (n == name) return kind;
  }
  return std::nullopt;
}

bool is_province_tier(AdminUnitKind kind) {
  return kind == AdminUnitKind::city || kind == AdminUnitKind::province;
}

}  // namespace motcua::core
