// The national procedure catalog's last snapshot, one row per code with its lists as JSON, and
// the syncs that took it.
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/sha256.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

using nlohmann::json;

struct SnapshotRow {
  std::string sectors;
  std::string agencies;
  std::string durations;
  std::string fees;
  std::string hash;
};

SnapshotRow row_of(const core::NationalProcedure& procedure) {
  json sectors = json::array();
  for (const auto& sector : procedure.sectors)
    sectors.push_back({{"code", sector.code}, {"name", sector.name}});
  json durations = json::array();
  for (const auto& duration : procedure.durations)
    durations.push_back(
        {{"channel", duration.channel}, {"value", duration.value}, {"unit", duration.unit}});
  SnapshotRow row{sectors.dump(), json(procedure.agencies).dump(), durations.dump(),
                  json(procedure.fees_vnd).dump(), ""};
  row.hash = core::sha256_hex(
      json::array({procedure.name, row.sectors, row.agencies, row.durations, row.fees}).dump());
  return row;
}

json parsed_array(const std::string& text) {
  auto value = json::parse(text, nullptr, false);
  return value.is_array() ? value : json::array();
}

core::NationalProcedure procedure_from(const Row& r) {
  core::NationalProcedure procedure;
  procedure.code = r.text(0);
  procedure.name = r.text(1);
  for (const auto& sector : parsed_array(r.text(2)))
    procedure.sectors.push_back({sector.value("code", ""), sector.value("name", "")});
  for (const auto& agency : parsed_array(r.text(3))) {
    if (agency.is_string()) procedure.agencies.push_back(agency.get<std::string>());
  }
  for (const auto& duration : parsed_array(r.text(4)))
    procedure.durations.push_back(
        {duration.value("channel", 0), duration.value("value", ""), duration.value("unit", "")});
  for (const auto& fee : parsed_array(r.text(5))) {
    if (fee.is_number_integer()) procedure.fees_vnd.push_back(fee.get<long long>());
  }
  return procedure;
}

}  // namespace

app::CatalogSyncRecord SqlTransaction::replace_national_catalog(
    const std::vector<core::NationalProcedure>& procedures, app::CatalogSyncRecord record) {
  std::map<std::string, std::string> previous;  // code → content hash
  for (const auto& row : db_.query("SELECT code, content_hash FROM national_procedures", {}))
    previous.emplace(row.text(0), row.text(1));
  std::set<std::string> published;
  record.changed = 0;
  // Only what changed is written: a daily sync of an unchanged catalog touches one column.
  for (const auto& procedure : procedures) {
    published.insert(procedure.code);
    const auto row = row_of(procedure);
    const auto found = previous.find(procedure.code);
    if (found != previous.end() && found->second == row.hash) continue;
    ++record.changed;
    db_.exec(
        "INSERT INTO national_procedures (code, name, sectors, agencies, durations, fees, "
        "content_hash, fetched_at, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, sectors = excluded.sectors, "
        "agencies = excluded.agencies, durations = excluded.durations, fees = excluded.fees, "
        "content_hash = excluded.content_hash, changed_at = excluded.changed_at",
        {procedure.code, procedure.name, row.sectors, row.agencies, row.durations, row.fees,
         row.hash, record.at});
  }
  record.removed = 0;
  for (const auto& [code, hash] : previous) {
    if (published.contains(code)) continue;
    db_.exec("DELETE FROM national_procedures WHERE code = $1", {code});
    ++record.removed;
  }
  db_.exec("UPDATE national_procedures SET fetched_at = $1", {record.at});
  record.procedures = static_cast<int>(published.size());
  db_.exec(
      "INSERT INTO national_catalog_syncs (synced_at, procedures, changed, removed, rejected) "
      "VALUES ($1, $2, $3, $4, $5)",
      {record.at, record.procedures, record.changed, record.removed, record.rejected});
  return record;
}

std::vector<core::NationalProcedure> SqlTransaction::list_national_catalog() {
  std::vector<core::NationalProcedure> procedures;
  for (const auto& row :
       db_.query("SELECT code, name, sectors, agencies, durations, fees FROM national_procedures "
                 "ORDER BY code",
                 {}))
    procedures.push_back(procedure_from(row));
  return procedures;
}

std::optional<app::CatalogSyncRecord> SqlTransaction::last_catalog_sync() {
  const auto rows = db_.query(
      "SELECT synced_at, procedures, changed, removed, rejected FROM national_catalog_syncs "
      "ORDER BY id DESC LIMIT 1",
      {});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return app::CatalogSyncRecord{row.instant(0), row.int32(1), row.int32(2), row.int32(3),
                                row.int32(4)};
}

}  // namespace motcua::store::sql
