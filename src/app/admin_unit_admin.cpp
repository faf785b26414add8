#include "app/admin_unit_admin.hpp"

#include <algorithm>
#include <optional>

#include "app/admin_unit_file.hpp"
#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/admin_unit_rules.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

bool reads_alike(const core::AdminUnit& a, const core::AdminUnit& b) {
  return a.name == b.name && a.kind == b.kind && a.parent_code == b.parent_code;
}

// Saves `unit` and keeps what an address reads of it in the unit's history. False when nothing an
// address reads changed (a unit only put elsewhere in the list keeps no history).
bool apply(Transaction& tx, const std::optional<core::AdminUnit>& before,
           const core::AdminUnit& unit, const std::string& by, core::Instant at) {
  if (before && reads_alike(*before, unit)) {
    if (before->position != unit.position) tx.upsert_admin_unit(unit);
    return false;
  }
  tx.upsert_admin_unit(unit);
  tx.append_admin_unit_change({unit.code, at, by, unit.name, before ? before->name : "",
                               unit.parent_code, before ? before->parent_code : ""});
  return true;
}

int next_position(Transaction& tx, const std::string& parent_code) {
  int last = 0;
  for (const auto& sibling : tx.list_admin_units(parent_code))
    last = std::max(last, sibling.position);
  return last + 1;
}

core::AdminUnit unit_of(const AdminUnitInput& input, std::map<std::string, std::string>& problems) {
  core::AdminUnit unit{core::trim(input.code), core::trim(input.name), core::AdminUnitKind::commune,
                       core::trim(input.parent_code), 0};
  const auto kind = core::parse_admin_unit_kind(core::trim(input.kind));
  if (kind)
    unit.kind = *kind;
  else
    problems["kind"] = "error.admin_unit_kind";
  if (!kind && unit.parent_code.empty()) unit.kind = core::AdminUnitKind::province;
  return unit;
}

}  // namespace

std::vector<core::AdminUnit> AdminUnitAdmin::list(const Principal& who,
                                                  const std::string& parent_code) {
  require_admin(who);
  std::vector<core::AdminUnit> units;
  services_.store.read([&](Transaction& tx) { units = tx.list_admin_units(parent_code); });
  return units;
}

SavedAdminUnit AdminUnitAdmin::save(const Principal& who, const AdminUnitInput& input,
                                    const std::string& ip) {
  require_admin(who);
  std::map<std::string, std::string> problems;
  SavedAdminUnit saved{unit_of(input, problems), false};
  auto& unit = saved.unit;
  services_.store.write([&](Transaction& tx) {
    const auto before = tx.find_admin_unit(unit.code);
    const auto parent =
        unit.parent_code.empty() ? std::nullopt : tx.find_admin_unit(unit.parent_code);
    problems.merge(
        core::admin_unit_problems(unit, parent, !tx.list_admin_units(unit.code).empty()));
    if (!problems.empty()) throw_invalid(problems);
    unit.position = before && before->parent_code == unit.parent_code
                        ? before->position
                        : next_position(tx, unit.parent_code);
    saved.created = !before;
    const auto now = services_.clock.now();
    if (apply(tx, before, unit, who.user.username, now)) {
      tx.append_audit(AuditEntry{now, who.user.username,
                                 saved.created ? "admin_unit_created" : "admin_unit_changed",
                                 unit.code, unit.name, ip});
    }
  });
  return saved;
}

AdminUnitImport AdminUnitAdmin::import_file(const Principal& who, const std::string& json_text,
                                            const std::string& ip) {
  require_admin(who);
  if (json_text.size() > kMaxAdminUnitFileBytes)
    throw_invalid({{"file", "error.admin_unit_file_size"}});
  AdminUnitImport summary;
  services_.store.write([&](Transaction& tx) {
    const StoredAdminUnits stored{
        [&](const std::string& code) { return tx.find_admin_unit(code); },
        [&](const std::string& code) { return !tx.list_admin_units(code).empty(); }};
    const auto file = read_admin_unit_file(json_text, stored);
    if (!file.problems.empty()) throw_invalid(file.problems);
    const auto now = services_.clock.now();
    for (const auto& unit : file.units) {
      const auto before = tx.find_admin_unit(unit.code);
      if (apply(tx, before, unit, who.user.username, now))
        ++(before ? summary.changed : summary.created);
      else
        ++summary.unchanged;
    }
    tx.append_audit(AuditEntry{now, who.user.username, "admin_units_imported", "",
                               std::to_string(summary.created) + " created, " +
                                   std::to_string(summary.changed) + " changed, " +
                                   std::to_string(summary.unchanged) + " unchanged",
                               ip});
  });
  return summary;
}

std::vector<core::AdminUnitChange> AdminUnitAdmin::history(const Principal& who,
                                                           const std::string& code) {
  require_admin(who);
  std::vector<core::AdminUnitChange> changes;
  services_.store.read([&](Transaction& tx) {
    if (!tx.find_admin_unit(code)) throw_not_found("admin_unit");
    changes = tx.list_admin_unit_changes(code);
  });
  return changes;
}

}  // namespace motcua::app
