#pragma once
#include <optional>
#include <string>

namespace motcua::core {

// An agency, a department of it, a service centre or a commune: a node of the agency tree
// (ministry → province → commune since 2025, requirements §13.2).
enum class UnitKind { province, agency, department, centre, commune };
std::string_view unit_kind_name(UnitKind kind);
std::optional<UnitKind> parse_unit_kind(std::string_view name);

struct Unit {
  long long id = 0;
  std::string code;  // electronic identifier, QĐ 20/2020 as amended (e.g. H29.12.05)
  std::string name;
  std::optional<long long> parent_id;
  UnitKind kind = UnitKind::agency;
  // D118 Art 14: a provincial centre receives dossiers for any unit in the province.
  bool receives_for_province = false;
  std::string address;
  std::string phone;
  std::string email;
};

}  // namespace motcua::core
