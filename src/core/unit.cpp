#include "core/unit.hpp"

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

constexpr detail::NameTable<UnitKind, 5> kUnitKinds{{
    {UnitKind::province, "province"},
    {UnitKind::agency, "agency"},
    {UnitKind::department, "department"},
    {UnitKind::centre, "centre"},
    {UnitKind::commune, "commune"},
}};

}  // namespace

std::string_view unit_kind_name(UnitKind kind) { return detail::name_of(kUnitKinds, kind); }

std::optional<UnitKind> parse_unit_kind(std::string_view name) {
  return detail::parse_name(kUnitKinds, name);
}

}  // namespace motcua::core
