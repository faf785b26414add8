// Reference data: units, the calendar catalog, versioned settings and the audit log.
#include <algorithm>

#include "store/sql/mapping.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

KeptTickets tickets_of(const KeptCatalogs& kept) {
  KeptTickets tickets;
  if (kept.settings) tickets.settings = kept.settings->generation();
  if (kept.admin_units) tickets.admin_units = kept.admin_units->generation();
  if (kept.units) tickets.units = kept.units->generation();
  if (kept.procedure_versions) tickets.procedure_versions = kept.procedure_versions->generation();
  return tickets;
}

std::string SqlTransaction::lock_suffix() const {
  return mode_ == Mode::write ? std::string(dialect_.lock_for_update()) : std::string();
}

long long SqlTransaction::insert_returning_id(const std::string& sql, const Params& params) {
  return db_.query(sql, params).at(0).integer(0);
}

long long SqlTransaction::upsert_unit(const core::Unit& unit) {
  written_.units = true;
  static const std::string sql = [] {
    std::string updates;
    for (const auto column : unit_shape().columns) {
      if (column == "code") continue;
      updates += (updates.empty() ? "" : ", ") + std::string(column) + " = excluded." +
                 std::string(column);
    }
    auto insert = insert_sql(unit_shape());
    return insert.insert(insert.find(" RETURNING"), " ON CONFLICT (code) DO UPDATE SET " + updates);
  }();
  return insert_returning_id(sql, unit_params(unit));
}

// A province has a few hundred units, and filing a dossier looks up its receiving unit at each
// step: the whole list is kept, like the settings, in the order of their ids (unit_with_id).
KeptUnits SqlTransaction::all_units() {
  static const std::string sql = "SELECT " + select_list(unit_shape()) + " FROM units ORDER BY id";
  const auto load = [this] {
    auto units = std::make_shared<std::vector<core::Unit>>();
    for (const auto& row : db_.query(sql, {})) units->push_back(unit_from(row));
    return KeptUnits(std::move(units));
  };
  if (kept_.units == nullptr || written_.units) return load();
  return kept_.units->get("", load, tickets_.units);
}

const core::Unit* unit_with_id(const std::vector<core::Unit>& units, long long id) {
  const auto found =
      std::lower_bound(units.begin(), units.end(), id,
                       [](const core::Unit& unit, long long key) { return unit.id < key; });
  return found != units.end() && found->id == id ? &*found : nullptr;
}

std::optional<core::Unit> SqlTransaction::find_unit(long long id) {
  const auto units = all_units();
  const auto* unit = unit_with_id(*units, id);
  return unit != nullptr ? std::optional<core::Unit>(*unit) : std::nullopt;
}

std::optional<core::Unit> SqlTransaction::find_unit_by_code(const std::string& code) {
  const auto units = all_units();
  for (const auto& unit : *units)
    if (unit.code == code) return unit;
  return std::nullopt;
}

std::vector<core::Unit> SqlTransaction::list_units() { return *all_units(); }

std::vector<core::CalendarDay> SqlTransaction::list_calendar_days() {
  std::vector<core::CalendarDay> days;
  for (const auto& row : db_.query("SELECT date, name, kind FROM calendar_days ORDER BY date", {}))
    days.push_back({date_from(row.text(0)), row.text(1), parse_calendar_day_kind(row.text(2))});
  return days;
}

void SqlTransaction::upsert_calendar_day(const core::CalendarDay& day) {
  db_.exec(
      "INSERT INTO calendar_days (date, name, kind) VALUES ($1, $2, $3) ON CONFLICT (date) "
      "DO UPDATE SET name = excluded.name, kind = excluded.kind",
      {date_text(day.date), day.name, std::string(calendar_day_kind_name(day.kind))});
}

bool SqlTransaction::delete_calendar_day(core::LocalDate date) {
  return !db_.query("DELETE FROM calendar_days WHERE date = $1 RETURNING date", {date_text(date)})
              .empty();
}

std::optional<std::string> SqlTransaction::setting_from_database(const std::string& key,
                                                                 core::Instant at) {
  const auto rows = db_.query(
      "SELECT json FROM settings WHERE key = $1 AND effective_from <= $2 "
      "ORDER BY effective_from DESC LIMIT 1",
      {key, at});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

// A transaction that wrote settings reads its own writes, which no copy holds yet.
std::optional<std::string> SqlTransaction::setting(const std::string& key, core::Instant at) {
  if (kept_.settings == nullptr || written_.settings) return setting_from_database(key, at);
  const auto load = [this](std::size_t limit) -> std::optional<std::vector<SettingRow>> {
    std::vector<SettingRow> rows;
    for (const auto& row : db_.query("SELECT key, effective_from, json FROM settings LIMIT $1",
                                     {static_cast<long long>(limit) + 1})) {
      if (rows.size() == limit) return std::nullopt;
      rows.push_back({row.text(0), row.instant(1), row.text(2)});
    }
    return rows;
  };
  return kept_.settings->value(
      key, at, load, [&] { return setting_from_database(key, at); }, tickets_.settings);
}

void SqlTransaction::put_setting(const std::string& key, core::Instant effective_from,
                                 const std::string& json) {
  written_.settings = true;
  db_.exec(
      "INSERT INTO settings (key, effective_from, json) VALUES ($1, $2, $3) "
      "ON CONFLICT (key, effective_from) DO UPDATE SET json = excluded.json",
      {key, effective_from, json});
}

void SqlTransaction::append_audit(const app::AuditEntry& e) {
  db_.exec(
      "INSERT INTO audit_log (at, actor, action, target, detail, ip) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {e.at, e.actor, e.action, e.target, e.detail, e.ip});
}

std::vector<app::AuditEntry> SqlTransaction::list_audit(const app::AuditQuery& query) {
  QueryBuilder q;
  if (query.from) q.where("at >= " + q.bind(*query.from));
  if (query.before) q.where("at < " + q.bind(*query.before));
  if (!query.actor.empty()) q.where("actor = " + q.bind(query.actor));
  if (!query.action.empty()) q.where("action = " + q.bind(query.action));
  if (query.before_id > 0) q.where("id < " + q.bind(query.before_id));
  const auto limit = q.bind(query.limit);
  std::vector<app::AuditEntry> entries;
  for (const auto& r : db_.query("SELECT at, actor, action, target, detail, ip, id FROM audit_log" +
                                     q.where_clause() + " ORDER BY id DESC LIMIT " + limit,
                                 q.params()))
    entries.push_back(
        {r.instant(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.integer(6)});
  return entries;
}

}  // namespace motcua::store::sql
