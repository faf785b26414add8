// The administrative-unit catalog (eform): two tiers, province then commune, ordered as listed.
#include <optional>

#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kColumns = "code, name, kind, parent_code, position";

core::AdminUnit admin_unit_from(const Row& row) {
  core::AdminUnit unit;
  unit.code = row.text(0);
  unit.name = row.text(1);
  unit.kind = core::parse_admin_unit_kind(row.text(2)).value_or(core::AdminUnitKind::commune);
  unit.parent_code = row.is_null(3) ? "" : row.text(3);
  unit.position = row.int32(4);
  return unit;
}

}  // namespace

void SqlTransaction::upsert_admin_unit(const core::AdminUnit& unit) {
  written_.admin_units = true;
  const std::optional<std::string> parent =
      unit.parent_code.empty() ? std::nullopt : std::optional<std::string>(unit.parent_code);
  db_.exec(
      "INSERT INTO admin_units (code, name, kind, parent_code, position) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
      "kind = excluded.kind, parent_code = excluded.parent_code, position = excluded.position",
      {unit.code, unit.name, std::string(core::admin_unit_kind_name(unit.kind)), parent,
       unit.position});
}

// A transaction that changed the catalog reads its own changes, which no kept row holds.
std::optional<core::AdminUnit> SqlTransaction::find_admin_unit(const std::string& code) {
  const auto load = [&]() -> std::optional<core::AdminUnit> {
    static const std::string sql =
        std::string("SELECT ") + kColumns + " FROM admin_units WHERE code = $1";
    const auto rows = db_.query(sql, {code});
    if (rows.empty()) return std::nullopt;
    return admin_unit_from(rows.front());
  };
  if (kept_.admin_units == nullptr || written_.admin_units) return load();
  return kept_.admin_units->get(code, load, tickets_.admin_units);
}

std::vector<core::AdminUnit> SqlTransaction::list_admin_units(const std::string& parent_code) {
  static const std::string top =
      std::string("SELECT ") + kColumns +
      " FROM admin_units WHERE parent_code IS NULL ORDER BY position, code";
  static const std::string under =
      std::string("SELECT ") + kColumns +
      " FROM admin_units WHERE parent_code = $1 ORDER BY position, code";
  const auto rows = parent_code.empty() ? db_.query(top, {}) : db_.query(under, {parent_code});
  std::vector<core::AdminUnit> units;
  units.reserve(rows.size());
  for (const auto& row : rows) units.push_back(admin_unit_from(row));
  return units;
}

void SqlTransaction::append_admin_unit_change(const core::AdminUnitChange& change) {
  db_.exec(
      "INSERT INTO admin_unit_changes (code, at, changed_by, name, previous_name, parent_code, "
      "previous_parent_code) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {change.code, change.at, change.by, change.name, change.previous_name, change.parent_code,
       change.previous_parent_code});
}

std::vector<core::AdminUnitChange> SqlTransaction::list_admin_unit_changes(
    const std::string& code) {
  const auto rows = db_.query(
      "SELECT code, at, changed_by, name, previous_name, parent_code, previous_parent_code "
      "FROM admin_unit_changes WHERE code = $1 ORDER BY id DESC",
      {code});
  std::vector<core::AdminUnitChange> changes;
  changes.reserve(rows.size());
  for (const auto& r : rows)
    changes.push_back(
        {r.text(0), r.instant(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)});
  return changes;
}

}  // namespace motcua::store::sql
