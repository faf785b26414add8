// The procedure catalog: versions (a new one only when the content changes), search and sectors.
#include <algorithm>

#include "app/procedure_json.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "store/sql/mapping.hpp"
#include "store/sql/parsed_versions.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr int kMaxPerPage = 100;

constexpr std::string_view kCurrentVersions =
    " FROM procedures p JOIN procedure_versions v ON v.id = p.current_version_id";

// The typed columns a search hit needs; the JSON detail (form, components) stays unread.
constexpr std::string_view kHitColumns =
    "v.id, v.code, v.name, v.sector_code, v.sector_name, v.agency_code, v.agency_name, v.level, "
    "v.audience, v.duration, v.effective_from";

core::Procedure hit_from(const Row& r) {
  core::Procedure p;
  p.version_id = r.integer(0);
  p.code = r.text(1);
  p.name = r.text(2);
  p.sector_code = r.text(3);
  p.sector_name = r.text(4);
  p.agency_code = r.text(5);
  p.agency_name = r.text(6);
  p.level = core::parse_service_level(r.text(7)).value_or(core::ServiceLevel::mot_phan);
  p.audience = core::parse_audience(r.text(8)).value_or(core::Audience::citizen);
  p.duration_working_days = r.int32(9);
  p.effective_from = date_from(r.text(10));
  return p;
}

// A row of (id, content hash, JSON): the lists, which need most versions' JSON at once anyway.
core::Procedure version_from(const Row& r) {
  return parsed_versions().get(r.integer(0), r.text(1), r.text(2));
}

std::string order_by(const std::string& sort, const std::string& rank) {
  if (sort == "duration") return " ORDER BY v.duration, v.name_key, v.code";
  if (sort == "code") return " ORDER BY v.code";
  if (sort == "name" || rank.empty()) return " ORDER BY v.name_key, v.code";
  return " ORDER BY " + rank + ", v.name_key, v.code";
}

}  // namespace

// A version's JSON is tens of kB and its hash 64 characters: the JSON is fetched only when the
// process has not parsed that version yet.
core::Procedure SqlTransaction::version_of(long long id, const std::string& content_hash) {
  if (auto kept = parsed_versions().find(id, content_hash)) return *kept;
  const auto rows = db_.query("SELECT detail FROM procedure_versions WHERE id = $1", {id});
  return parsed_versions().get(id, content_hash, rows.at(0).text(0));
}

long long SqlTransaction::save_procedure(const core::Procedure& procedure) {
  written_.procedures = true;
  const std::string detail = app::procedure_to_json(procedure).dump();
  const std::string hash = core::sha256_hex(detail);
  // The upsert takes the procedure's row (locking it on PostgreSQL), so two saves of one
  // procedure take turns and neither can make a second current version.
  const auto row = db_.query(
      "INSERT INTO procedures (code) VALUES ($1) ON CONFLICT (code) DO UPDATE SET code = "
      "excluded.code RETURNING id, current_version_id",
      {procedure.code});
  const long long procedure_id = row.at(0).integer(0);
  if (const auto current = row.at(0).opt_integer(1)) {
    const auto hash_rows =
        db_.query("SELECT content_hash FROM procedure_versions WHERE id = $1", {*current});
    if (!hash_rows.empty() && hash_rows[0].text(0) == hash) return *current;
  }
  if (!procedure.sector_code.empty()) {
    db_.exec(
        "INSERT INTO sectors (code, name) VALUES ($1, $2) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
        {procedure.sector_code, procedure.sector_name});
  }
  const long long version_id = insert_returning_id(
      "INSERT INTO procedure_versions (procedure_id, code, name, name_key, sector_code, "
      "sector_name, agency_code, agency_name, level, audience, duration, effective_from, "
      "content_hash, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
      "RETURNING id",
      {procedure_id, procedure.code, procedure.name, core::fold_vietnamese(procedure.name),
       procedure.sector_code, procedure.sector_name, procedure.agency_code, procedure.agency_name,
       std::string(core::service_level_name(procedure.level)),
       std::string(core::audience_name(procedure.audience)), procedure.duration_working_days,
       date_text(procedure.effective_from), hash, detail});
  db_.exec("UPDATE procedures SET current_version_id = $1 WHERE id = $2",
           {version_id, procedure_id});
  return version_id;
}

// Every request about a dossier asks which version its procedure is at: the answer is kept, like
// the settings, and the version's parsed form comes from ParsedVersions.
std::optional<core::Procedure> SqlTransaction::kept_version(
    const std::string& key, const std::function<std::optional<VersionRef>()>& load) {
  const auto ref = (kept_.procedure_versions == nullptr || written_.procedures)
                       ? load()
                       : kept_.procedure_versions->get(key, load, tickets_.procedure_versions);
  if (!ref) return std::nullopt;
  return version_of(ref->id, ref->content_hash);
}

std::optional<VersionRef> SqlTransaction::current_version_ref(const std::string& code) {
  const auto rows = db_.query(
      "SELECT v.id, v.content_hash" + std::string(kCurrentVersions) + " WHERE p.code = $1", {code});
  if (rows.empty()) return std::nullopt;
  return VersionRef{rows.front().integer(0), rows.front().text(1)};
}

std::optional<core::Procedure> SqlTransaction::find_procedure(const std::string& code) {
  return kept_version("current " + code, [&] { return current_version_ref(code); });
}

std::optional<core::Procedure> SqlTransaction::find_procedure_version(long long version_id) {
  return kept_version("id " + std::to_string(version_id), [&]() -> std::optional<VersionRef> {
    const auto rows =
        db_.query("SELECT id, content_hash FROM procedure_versions WHERE id = $1", {version_id});
    if (rows.empty()) return std::nullopt;
    return VersionRef{rows.front().integer(0), rows.front().text(1)};
  });
}

std::vector<core::Procedure> SqlTransaction::list_procedure_versions(const std::string& code) {
  std::vector<core::Procedure> versions;
  for (const auto& row : db_.query(
           "SELECT v.id, v.content_hash, v.detail FROM procedure_versions v JOIN procedures p "
           "ON p.id = v.procedure_id WHERE p.code = $1 ORDER BY v.id DESC LIMIT 200",
           {code}))
    versions.push_back(version_from(row));
  return versions;
}

std::optional<core::Procedure> SqlTransaction::find_procedure_in_force(const std::string& code,
                                                                       core::LocalDate date) {
  const auto day = date_text(date);
  return kept_version("in force " + day + " " + code, [&]() -> std::optional<VersionRef> {
    const auto rows = db_.query(
        "SELECT v.id, v.content_hash FROM procedure_versions v JOIN procedures p "
        "ON p.id = v.procedure_id WHERE p.code = $1 AND v.effective_from <= $2 "
        "ORDER BY v.effective_from DESC, v.id DESC LIMIT 1",
        {code, day});
    if (rows.empty()) return current_version_ref(code);  // every version still to come
    return VersionRef{rows.front().integer(0), rows.front().text(1)};
  });
}

app::Page<app::ProcedureHit> SqlTransaction::search_procedures(const app::ProcedureQuery& query) {
  const auto terms = core::search_terms(query.text);
  QueryBuilder q;
  std::string join;
  std::string rank;
  if (!terms.empty()) {
    const auto param = q.bind(dialect_.search_query(terms));
    join = " " + std::string(dialect_.search_join());
    q.where(dialect_.search_match(param));
    rank = dialect_.search_rank(param);
  }
  if (!query.agency_code.empty()) q.where("v.agency_code = " + q.bind(query.agency_code));
  if (!query.sector_code.empty()) q.where("v.sector_code = " + q.bind(query.sector_code));
  if (!query.level.empty()) q.where("v.level = " + q.bind(query.level));
  // Decree 42/2022: online public services are the full and the partial online levels.
  if (query.online_only) q.where("v.level <> 'truc_tiep'");
  // A procedure for both audiences is offered to citizens and to businesses.
  if (!query.audience.empty()) q.where("v.audience IN (" + q.bind(query.audience) + ", 'both')");

  const std::string from = std::string(kCurrentVersions) + join + q.where_clause();
  app::Page<app::ProcedureHit> page;
  page.total = db_.query("SELECT COUNT(*)" + from, q.params()).at(0).integer(0);

  const int per_page = std::clamp(query.per_page, 1, kMaxPerPage);
  const long long offset = static_cast<long long>(std::max(1, query.page) - 1) * per_page;
  const auto limit = q.bind(per_page);
  const auto skip = q.bind(offset);
  const auto rows =
      db_.query("SELECT " + std::string(kHitColumns) + from + order_by(query.sort, rank) +
                    " LIMIT " + limit + " OFFSET " + skip,
                q.params());
  for (const auto& row : rows) {
    auto procedure = hit_from(row);
    auto highlighted = core::highlight_terms(procedure.name, terms);
    page.items.push_back({std::move(procedure), std::move(highlighted)});
  }
  return page;
}

std::vector<core::Procedure> SqlTransaction::list_current_procedures() {
  std::vector<core::Procedure> procedures;
  for (const auto& row : db_.query("SELECT v.id, v.content_hash, v.detail" +
                                       std::string(kCurrentVersions) + " ORDER BY v.code",
                                   {}))
    procedures.push_back(version_from(row));
  return procedures;
}

std::vector<app::Sector> SqlTransaction::list_sectors() {
  std::vector<app::Sector> sectors;
  const auto rows = db_.query(
      "SELECT s.code, s.name, COUNT(v.id) FROM sectors s "
      "LEFT JOIN procedure_versions v ON v.sector_code = s.code "
      "AND v.id IN (SELECT current_version_id FROM procedures) "
      "GROUP BY s.code, s.name ORDER BY s.name, s.code",
      {});
  for (const auto& row : rows) sectors.push_back({row.text(0), row.text(1), row.integer(2)});
  return sectors;
}

}  // namespace motcua::store::sql
