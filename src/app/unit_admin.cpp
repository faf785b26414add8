#include "app/unit_admin.hpp"

#include <algorithm>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"
#include "core/unit_rules.hpp"

namespace motcua::app {
namespace {

// Depth-first from the roots, each level by code: how the tree reads on a page.
void append_subtree(const std::vector<core::Unit>& units, std::optional<long long> parent,
                    std::vector<core::Unit>& out, std::size_t depth) {
  if (depth > units.size()) return;
  std::vector<const core::Unit*> children;
  for (const auto& unit : units)
    if (unit.parent_id == parent) children.push_back(&unit);
  std::sort(children.begin(), children.end(),
            [](const core::Unit* a, const core::Unit* b) { return a->code < b->code; });
  for (const auto* child : children) {
    out.push_back(*child);
    append_subtree(units, child->id, out, depth + 1);
  }
}

core::Unit unit_of(const UnitInput& input, const std::vector<core::Unit>& units,
                   std::map<std::string, std::string>& problems) {
  core::Unit unit{.code = core::trim(input.code),
                  .name = core::trim(input.name),
                  .receives_for_province = input.receives_for_province,
                  .address = core::trim(input.address),
                  .phone = core::trim(input.phone),
                  .email = core::trim(input.email)};
  if (const auto kind = core::parse_unit_kind(input.kind))
    unit.kind = *kind;
  else
    problems["kind"] = "error.option";
  const auto parent = core::trim(input.parent_code);
  if (!parent.empty()) {
    const auto it = std::find_if(units.begin(), units.end(),
                                 [&](const core::Unit& u) { return u.code == parent; });
    if (it == units.end())
      problems["parent"] = "error.unknown_unit";
    else
      unit.parent_id = it->id;
  }
  const auto same = std::find_if(units.begin(), units.end(),
                                 [&](const core::Unit& u) { return u.code == unit.code; });
  if (same != units.end()) unit.id = same->id;
  return unit;
}

}  // namespace

std::vector<core::Unit> UnitAdmin::list(const Principal& who) {
  require_admin(who);
  std::vector<core::Unit> units;
  services_.store.read([&](Transaction& tx) { units = tx.list_units(); });
  std::vector<core::Unit> ordered;
  append_subtree(units, std::nullopt, ordered, 0);
  return ordered;
}

SavedUnit UnitAdmin::save(const Principal& who, const UnitInput& input, const std::string& ip) {
  require_admin(who);
  SavedUnit saved;
  services_.store.write([&](Transaction& tx) {
    const auto units = tx.list_units();
    std::map<std::string, std::string> problems;
    saved.unit = unit_of(input, units, problems);
    for (const auto& [field, problem] : core::unit_problems(saved.unit, units))
      problems.emplace(field, problem);
    if (!problems.empty()) throw_invalid(problems);
    saved.created = saved.unit.id == 0;
    saved.unit.id = tx.upsert_unit(saved.unit);
    tx.append_audit(AuditEntry{services_.clock.now(), who.user.username,
                               saved.created ? "unit_created" : "unit_changed", saved.unit.code,
                               saved.unit.name, ip});
  });
  return saved;
}

}  // namespace motcua::app
