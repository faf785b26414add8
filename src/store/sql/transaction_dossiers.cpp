// Dossiers, their daily counters, their append-only event log and their files.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <set>
#include <stdexcept>
#include <string_view>

#include "store/sql/dossier_numbers.hpp"
#include "store/sql/mapping.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

// Back-office queues ask for a unit's whole working set on one page.
constexpr int kMaxDossiersPerPage = 500;

// Which dossiers the units of the query are related to, as its relation says.
std::string unit_condition(QueryBuilder& q, const app::DossierQuery& query) {
  const auto units = q.bind_list(query.unit_ids);
  const std::string step_here =
      "id IN (SELECT dossier_id FROM dossier_steps WHERE status = "
      "'active' AND unit_id IN (" +
      units + "))";
  switch (query.relation) {
    case app::UnitRelation::receiving:
      return "receiving_unit_id IN (" + units + ")";
    case app::UnitRelation::step_elsewhere:
      return "competent_unit_id IN (" + units +
             ") AND id IN (SELECT dossier_id FROM "
             "dossier_steps WHERE status = 'active' AND unit_id NOT IN (" +
             units + "))";
    case app::UnitRelation::step_here_only:
      return "competent_unit_id NOT IN (" + units + ") AND " + step_here;
    case app::UnitRelation::any:
      break;
  }
  return "(receiving_unit_id IN (" + units + ") OR competent_unit_id IN (" + units + ") OR " +
         step_here + ")";
}

// Every filter of `query` but the paging, as conditions of `q`.
void add_conditions(QueryBuilder& q, const app::DossierQuery& query) {
  if (query.owner_id) q.where("owner_id = " + q.bind(*query.owner_id));
  if (!query.unit_ids.empty()) q.where(unit_condition(q, query));
  if (!query.statuses.empty()) q.where("status IN (" + q.bind_list(query.statuses) + ")");
  if (query.assignee_id) {
    const auto who = q.bind(*query.assignee_id);
    q.where("(assignee_id = " + who + " OR id IN (SELECT dossier_id FROM dossier_steps WHERE " +
            "status = 'active' AND assignee_id = " + who + "))");
  }
  if (query.awaiting_leader)
    q.where(
        "(NOT EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = dossiers.id) OR "
        "EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = dossiers.id AND "
        "s.status = 'active' AND s.role = 'leader'))");
  if (query.due_from) q.where("due_at >= " + q.bind(*query.due_from));
  if (query.due_before) q.where("due_at < " + q.bind(*query.due_before));
  if (query.received_from) q.where("received_at >= " + q.bind(*query.received_from));
  if (query.received_before) q.where("received_at < " + q.bind(*query.received_before));
  if (!query.text.empty()) {
    const auto exact = q.bind(query.text);
    const auto prefix = q.bind(query.text + "%");
    const auto part = q.bind("%" + query.text + "%");
    q.where("(code LIKE " + prefix + " OR applicant_id_number = " + exact +
            " OR applicant_name LIKE " + part + ")");
  }
  if (!query.include_drafts) q.where("status <> 0");
}

// The units every query names, when they all name the same ones: one indexed scan of the
// dossiers related to them serves every count.
std::optional<std::vector<long long>> shared_units(const std::vector<app::DossierQuery>& queries) {
  if (queries.empty() || queries.front().unit_ids.empty()) return std::nullopt;
  for (const auto& query : queries)
    if (query.unit_ids != queries.front().unit_ids) return std::nullopt;
  return queries.front().unit_ids;
}

// The statuses any of the queries asks for; empty when one of them asks for every status.
std::vector<int> every_status(const std::vector<app::DossierQuery>& queries) {
  std::set<int> statuses;
  for (const auto& query : queries) {
    if (query.statuses.empty()) return {};
    statuses.insert(query.statuses.begin(), query.statuses.end());
  }
  return {statuses.begin(), statuses.end()};
}

}  // namespace

std::vector<long long> SqlTransaction::count_dossiers(
    const std::vector<app::DossierQuery>& queries) {
  if (queries.empty()) return {};
  QueryBuilder outer;
  if (const auto units = shared_units(queries)) {
    app::DossierQuery scope;
    scope.unit_ids = *units;
    scope.statuses = every_status(queries);
    add_conditions(outer, scope);
  }
  auto params = outer.params();
  std::string sums;
  for (const auto& query : queries) {
    QueryBuilder inner(std::move(params));
    add_conditions(inner, query);
    sums += (sums.empty() ? "" : ", ") + std::string("SUM(CASE WHEN ") + inner.conjunction() +
            " THEN 1 ELSE 0 END)";
    params = inner.params();
  }
  const auto row =
      db_.query("SELECT " + sums + " FROM dossiers" + outer.where_clause(), params).at(0);
  std::vector<long long> counts;
  for (std::size_t i = 0; i < queries.size(); ++i)
    counts.push_back(row.is_null(i) ? 0 : row.integer(i));
  return counts;
}

long long SqlTransaction::insert_dossier(const core::Dossier& dossier) {
  static const std::string sql = insert_sql(dossier_shape());
  auto params = dossier_params(dossier);
  const auto id = insert_returning_id(sql, params);
  dossier_rows_.insert_or_assign(id, std::move(params));
  last_events_.insert_or_assign(id, std::nullopt);
  return id;
}

void SqlTransaction::update_dossier(const core::Dossier& dossier) {
  static const std::string sql = update_sql(dossier_shape());
  auto params = dossier_params(dossier);
  const auto written = dossier_rows_.find(dossier.id);
  if (written != dossier_rows_.end() && written->second == params) return;
  params.emplace_back(dossier.id);
  db_.exec(sql, params);
  params.pop_back();
  dossier_rows_.insert_or_assign(dossier.id, std::move(params));
}

namespace {

const std::string& dossier_select() {
  static const std::string sql = "SELECT " + select_list(dossier_shape()) + ", step_count";
  return sql;
}

const std::string& files_of_dossier_select() {
  static const std::string sql =
      "SELECT " + select_list(file_shape()) + " FROM files WHERE dossier_id = $1 ORDER BY id";
  return sql;
}

const std::string& last_event_select() {
  static const std::string sql =
      "SELECT " + std::string(kEventColumns) +
      " FROM dossier_events WHERE dossier_id = $1 ORDER BY seq DESC LIMIT 1";
  return sql;
}

std::vector<app::StoredFile> files_from(const Rows& rows) {
  std::vector<app::StoredFile> files;
  files.reserve(rows.size());
  for (const auto& row : rows) files.push_back(file_from(row));
  return files;
}

}  // namespace

// The dossier of a row read with dossier_select(), with its steps, which are asked for only when
// the row counts some.
std::optional<core::Dossier> SqlTransaction::dossier_with_steps(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  auto dossier = dossier_from(rows.front());
  const auto step_count = dossier_shape().columns.size() + 1;  // after the id and the columns
  if (rows.front().integer(step_count) > 0) dossier.steps = list_steps(dossier.id);
  return dossier;
}

std::optional<core::Dossier> SqlTransaction::find_dossier_where(const std::string& condition,
                                                                const Value& value) {
  return dossier_with_steps(
      db_.query(dossier_select() + " FROM dossiers WHERE " + condition + lock_suffix(), {value}));
}

// A write that loads a dossier by its id goes on, nearly always, to read its files, its
// declaration's signature and its last event (a paper added, a submission, an official's action):
// where the driver sends statements together they come in the dossier's round trip, and the
// transaction keeps them until it changes them.
std::optional<core::Dossier> SqlTransaction::find_dossier(long long id) {
  if (mode_ != Mode::write || !db_.sends_together()) return find_dossier_where("id = $1", id);
  const auto dossier_sql = dossier_select() + " FROM dossiers WHERE id = $1" + lock_suffix();
  const auto rows = db_.query_together({{dossier_sql, {id}},
                                        {files_of_dossier_select(), {id}},
                                        {kDeclarationSignatureSelect, {id}},
                                        {last_event_select(), {id}}});
  auto dossier = dossier_with_steps(rows[0]);
  if (!dossier) return dossier;
  kept_files_.insert_or_assign(id, files_from(rows[1]));
  kept_signatures_.insert_or_assign(
      id,
      rows[2].empty() ? std::nullopt : std::optional(declaration_signature_from(rows[2].front())));
  // One this transaction appended is as new as the row read, and already kept.
  if (!last_events_.contains(id))
    last_events_.emplace(
        id, rows[3].empty() ? std::nullopt : std::optional(event_from(rows[3].front())));
  return dossier;
}

std::optional<core::Dossier> SqlTransaction::find_dossier_by_code(const std::string& code) {
  if (code.empty()) return std::nullopt;  // drafts have no code
  return find_dossier_where("code = $1", code);
}

namespace {

// The lookup's columns, first in both of its queries. The units' names come from the kept units:
// joined, PostgreSQL planned a hash of the whole units table for the one row.
constexpr const char* kLookupSelect =
    "SELECT d.code, d.procedure_code, d.procedure_name, d.status, d.received_at, d.due_at, "
    "d.returned_at, d.receiving_unit_id, d.competent_unit_id";

std::string unit_name(const std::vector<core::Unit>& units, const Row& row, std::size_t column) {
  if (row.is_null(column)) return "";
  const auto* unit = unit_with_id(units, row.integer(column));
  return unit != nullptr ? unit->name : "";
}

using StatusChanges = std::vector<std::pair<core::Status, core::Instant>>;

long long trail_number(std::string_view& trail, char end) {
  long long value = 0;
  const auto* last = trail.data() + trail.size();
  const auto [next, error] = std::from_chars(trail.data(), last, value);
  if (error != std::errc{} || (next != last && *next != end))
    throw std::runtime_error("malformed event trail");
  trail.remove_prefix(static_cast<std::size_t>(next - trail.data()) + (next != last ? 1 : 0));
  return value;
}

// The status changes of a trail "seq:to_status:at,…" in the order of seq: the aggregate that
// writes it promises no order.
StatusChanges changes_from_trail(std::string_view trail) {
  std::vector<std::pair<long long, std::pair<core::Status, core::Instant>>> events;
  while (!trail.empty()) {
    const auto seq = trail_number(trail, ':');
    const auto status = trail_number(trail, ':');
    const auto at = trail_number(trail, ',');
    events.push_back({seq, {status_from(status), core::Instant{std::chrono::seconds{at}}}});
  }
  std::sort(events.begin(), events.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  StatusChanges changes;
  changes.reserve(events.size());
  for (auto& event : events) changes.push_back(event.second);
  return changes;
}

app::LookupResult lookup_from(const Row& row, const std::vector<core::Unit>& units) {
  app::LookupResult result;
  result.code = row.text(0);
  result.procedure_code = row.text(1);
  result.procedure_name = row.text(2);
  result.status = status_from(row.integer(3));
  result.received_at = row.opt_instant(4);
  result.due_at = row.opt_instant(5);
  result.returned_at = row.opt_instant(6);
  result.receiving_unit_name = unit_name(units, row, 7);
  result.competent_unit_name = unit_name(units, row, 8);
  return result;
}

}  // namespace

// Alone, or with the same read of other transactions (SharedReads): the codes' rows in one
// statement, the column list and order the same either way.
Rows SqlTransaction::lookup_rows(CombinedReads* combined, const std::string& select,
                                 const std::string& order, const std::string& code) {
  if (combined == nullptr) return db_.query(select + "d.code = $1" + order, {code});
  return combined->rows_for(db_, code,
                            [&](SqlConnection& db, const std::vector<std::string>& codes) {
                              auto list = in_list("d.code", codes);
                              return db.query(select + list.sql + order, list.params);
                            });
}

std::optional<app::LookupResult> SqlTransaction::find_lookup(const std::string& code) {
  if (code.empty()) return std::nullopt;
  static const std::string select = std::string(kLookupSelect) + " FROM dossiers d WHERE ";
  const auto rows = lookup_rows(shared_.lookups, select, "", code);
  if (rows.empty()) return std::nullopt;
  const auto units = all_units();
  return lookup_from(rows.front(), *units);
}

// Where statements cost a round trip (combined or pipelined), one row with the dossier's events
// in one text (changes_from_trail); a row per event repeated the dossier's columns, each read and
// copied again. An embedded engine pays for no round trip but for each number it writes as text:
// there the events come from a statement of their own.
std::optional<app::LookupProgress> SqlTransaction::find_lookup_progress(const std::string& code) {
  if (code.empty()) return std::nullopt;
  const bool trail = shared_.lookup_progress != nullptr || db_.sends_together();
  const auto select =
      std::string(kLookupSelect) + ", d.paused_at, " +
      (trail ? "(SELECT " + dialect_.comma_joined("e.seq || ':' || e.to_status || ':' || e.at") +
                   " FROM dossier_events e WHERE e.dossier_id = d.id)"
             : std::string("d.id")) +
      " FROM dossiers d WHERE ";
  const auto rows = lookup_rows(shared_.lookup_progress, select, "", code);
  if (rows.empty()) return std::nullopt;
  const auto units = all_units();
  const auto& row = rows.front();
  app::LookupProgress progress{lookup_from(row, *units), row.opt_instant(9), {}};
  if (!trail) {
    for (const auto& event :
         db_.query("SELECT to_status, at FROM dossier_events WHERE dossier_id = $1 ORDER BY seq",
                   {row.integer(10)}))
      progress.changes.emplace_back(status_from(event.integer(0)), event.instant(1));
  } else if (!row.is_null(10)) {
    progress.changes = changes_from_trail(row.text(10));
  }
  return progress;
}

app::Page<core::Dossier> SqlTransaction::list_dossiers(const app::DossierQuery& query) {
  QueryBuilder q;
  add_conditions(q, query);

  const std::string from = " FROM dossiers" + q.where_clause();
  app::Page<core::Dossier> page;
  page.total = db_.query("SELECT COUNT(*)" + from, q.params()).at(0).integer(0);

  const int per_page = std::clamp(query.per_page, 1, kMaxDossiersPerPage);
  const long long offset = static_cast<long long>(std::max(1, query.page) - 1) * per_page;
  const auto limit = q.bind(per_page);
  const auto skip = q.bind(offset);
  const auto rows = db_.query(
      "SELECT " + select_list(dossier_shape()) + from +
          (query.sort_by_due ? " ORDER BY due_at IS NULL, due_at, id DESC" : " ORDER BY id DESC") +
          " LIMIT " + limit + " OFFSET " + skip,
      q.params());
  for (const auto& row : rows) page.items.push_back(dossier_from(row));
  return page;
}

// The single writer (SQLite) or the row lock of the upsert makes concurrent submissions take turns,
// so numbers are unique; the store's number source (PostgreSQL) takes them in a transaction of
// their own.
long long SqlTransaction::next_dossier_number(long long unit_id, int day_key) {
  if (numbers_ != nullptr) return (*numbers_)(unit_id, day_key);
  return db_.query(kNextDossierNumberSql, {unit_id, day_key}).at(0).integer(0);
}

void SqlTransaction::append_event(long long dossier_id, const core::DossierEvent& e) {
  db_.exec("INSERT INTO dossier_events (dossier_id, " + std::string(kEventColumns) +
               ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
           {dossier_id, e.seq, e.at, e.actor, e.action, core::status_code(e.from),
            core::status_code(e.to), e.comment, e.payload, e.prev_hash, e.hash});
  last_events_.insert_or_assign(dossier_id, e);
  note_settlement(dossier_id, e);
}

// The first time a dossier was resolved (status 9) or closed otherwise (refused, withdrawn,
// stopped), kept on its row so that the reports need not search its events.
void SqlTransaction::note_settlement(long long dossier_id, const core::DossierEvent& e) {
  const auto to = core::status_code(e.to);
  const char* column = to == 9 ? "resolved_at" : (to == 3 || to == 7 || to == 8) ? "closed_at" : "";
  if (*column == '\0') return;
  const std::string name(column);
  db_.exec("UPDATE dossiers SET " + name + " = CASE WHEN " + name + " IS NULL OR " + name +
               " > $2 THEN $2 ELSE " + name + " END WHERE id = $1",
           {dossier_id, e.at});
}

std::vector<core::DossierEvent> SqlTransaction::list_events(long long dossier_id) {
  std::vector<core::DossierEvent> events;
  const auto rows = db_.query("SELECT " + std::string(kEventColumns) +
                                  " FROM dossier_events WHERE dossier_id = $1 ORDER BY seq",
                              {dossier_id});
  for (const auto& row : rows) events.push_back(event_from(row));
  return events;
}

std::optional<core::DossierEvent> SqlTransaction::last_event(long long dossier_id) {
  if (const auto kept = last_events_.find(dossier_id); kept != last_events_.end())
    return kept->second;
  const auto rows = db_.query(last_event_select(), {dossier_id});
  std::optional<core::DossierEvent> last;
  if (!rows.empty()) last = event_from(rows.front());
  last_events_.insert_or_assign(dossier_id, last);  // events are only appended, through this
  return last;
}

std::vector<long long> SqlTransaction::list_dossier_ids_with_events() {
  std::vector<long long> ids;
  for (const auto& row :
       db_.query("SELECT DISTINCT dossier_id FROM dossier_events ORDER BY dossier_id", {}))
    ids.push_back(row.integer(0));
  return ids;
}

long long SqlTransaction::insert_file(const app::StoredFile& file) {
  static const std::string sql = insert_sql(file_shape());
  kept_files_.erase(file.dossier_id);
  return insert_returning_id(sql, file_params(file));
}

std::vector<app::StoredFile> SqlTransaction::list_files(long long dossier_id) {
  if (const auto kept = kept_files_.find(dossier_id); kept != kept_files_.end())
    return kept->second;
  return files_from(db_.query(files_of_dossier_select(), {dossier_id}));
}

std::optional<app::StoredFile> SqlTransaction::find_file(long long file_id) {
  static const std::string sql =
      "SELECT " + select_list(file_shape()) + " FROM files WHERE id = $1";
  const auto rows = db_.query(sql, {file_id});
  if (rows.empty()) return std::nullopt;
  return file_from(rows.front());
}

void SqlTransaction::delete_file(long long file_id) {
  kept_files_.clear();  // whichever dossier's it was
  db_.exec("DELETE FROM files WHERE id = $1", {file_id});
}

}  // namespace motcua::store::sql
