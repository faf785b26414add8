// one applicant's dossiers for "my dossiers" (requirements P20) and discarding a draft.
#include <algorithm>

#include "store/sql/mapping.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr int kMaxOwnDossiersPerPage = 100;

// The statuses a query shows: those asked for, or every one the owner has but the draft.
std::vector<int> shown_statuses(const app::OwnDossierQuery& query,
                                const std::map<int, long long>& counts) {
  if (!query.statuses.empty()) return query.statuses;
  std::vector<int> statuses;
  for (const auto& [status, count] : counts)
    if (status != 0) statuses.push_back(status);
  return statuses;
}

long long count_of(const std::map<int, long long>& counts, const std::vector<int>& statuses) {
  long long total = 0;
  for (int status : statuses) {
    const auto found = counts.find(status);
    if (found != counts.end()) total += found->second;
  }
  return total;
}

}  // namespace

// What waits on the applicant comes first, the rest after it, each by the latest change. A page
// costs reading that page, whatever the account holds: the totals come from the counts by status
// (an index alone), and each part is read from its newest change down and left at the page's end
// (indexes dossiers_owner_status and dossiers_owner_changed), where one statement ordering the
// two parts together sorted every dossier of the account for each page.
app::Page<core::Dossier> SqlTransaction::list_own_dossiers(const app::OwnDossierQuery& query) {
  const auto counts = count_own_dossiers(query.owner_id);
  const auto shown = shown_statuses(query, counts);
  std::vector<int> first;
  std::vector<int> rest;
  for (int status : shown) {
    const bool waits =
        std::find(query.first.begin(), query.first.end(), status) != query.first.end();
    (waits ? first : rest).push_back(status);
  }
  app::Page<core::Dossier> page;
  page.total = count_of(counts, shown);
  const long long per_page = std::clamp(query.per_page, 1, kMaxOwnDossiersPerPage);
  const long long offset = (std::max(1, query.page) - 1) * per_page;
  const long long waiting = count_of(counts, first);
  if (offset < waiting)
    own_dossiers_in(query.owner_id, first, std::min(per_page, waiting - offset), offset,
                    page.items);
  const auto left = per_page - static_cast<long long>(page.items.size());
  if (left > 0 && !rest.empty())
    own_dossiers_in(query.owner_id, rest, left, std::max(0LL, offset - waiting), page.items);
  return page;
}

void SqlTransaction::own_dossiers_in(long long owner_id, const std::vector<int>& statuses,
                                     long long limit, long long offset,
                                     std::vector<core::Dossier>& out) {
  QueryBuilder q;
  q.where("owner_id = " + q.bind(owner_id));
  q.where("status IN (" + q.bind_list(statuses) + ")");
  const auto sql = "SELECT " + select_list(dossier_shape()) + " FROM dossiers" + q.where_clause() +
                   " ORDER BY updated_at DESC, id DESC LIMIT " + q.bind(limit) + " OFFSET " +
                   q.bind(offset);
  for (const auto& row : db_.query(sql, q.params())) out.push_back(dossier_from(row));
}

// Kept by a reader: the page, its drafts and the tabs' counts ask for them in turn.
std::map<int, long long> SqlTransaction::count_own_dossiers(long long owner_id) {
  const bool keeps = mode_ != Mode::write;
  if (const auto kept = own_counts_.find(owner_id); keeps && kept != own_counts_.end())
    return kept->second;
  std::map<int, long long> counts;
  const auto rows = db_.query(
      "SELECT status, COUNT(*) FROM dossiers WHERE owner_id = $1 GROUP BY status", {owner_id});
  for (const auto& row : rows) counts[static_cast<int>(row.integer(0))] = row.integer(1);
  if (keeps) own_counts_.emplace(owner_id, counts);
  return counts;
}

void SqlTransaction::delete_draft(long long dossier_id) {
  // Only a draft: a submitted dossier is a record and its history is append-only (the triggers
  // of migration 5 let a draft's events go, and only those).
  db_.exec(
      "DELETE FROM dossier_events WHERE dossier_id = $1 AND EXISTS "
      "(SELECT 1 FROM dossiers WHERE id = $1 AND status = 0)",
      {dossier_id});
  db_.exec(
      "DELETE FROM declaration_signatures WHERE dossier_id = $1 AND EXISTS "
      "(SELECT 1 FROM dossiers WHERE id = $1 AND status = 0)",
      {dossier_id});
  db_.exec(
      "DELETE FROM files WHERE dossier_id = $1 AND EXISTS "
      "(SELECT 1 FROM dossiers WHERE id = $1 AND status = 0)",
      {dossier_id});
  db_.exec("DELETE FROM dossiers WHERE id = $1 AND status = 0", {dossier_id});
  dossier_rows_.erase(dossier_id);
  last_events_.erase(dossier_id);
  kept_files_.erase(dossier_id);
  kept_signatures_.erase(dossier_id);
}

app::DraftUsage SqlTransaction::lock_draft_usage(long long owner_id) {
  // A no-op write: PostgreSQL holds the row lock until commit (SQLite has a single writer).
  db_.exec("UPDATE users SET id = id WHERE id = $1", {owner_id});
  const auto row =
      db_.query(
             "SELECT COUNT(*), "
             "(SELECT CAST(COALESCE(SUM(f.size), 0) AS BIGINT) FROM files f JOIN dossiers d "
             "ON d.id = f.dossier_id WHERE d.owner_id = $1 AND d.status = 0) "
             "FROM dossiers WHERE owner_id = $1 AND status = 0",
             {owner_id})
          .at(0);
  return {row.integer(0), row.integer(1)};
}

}  // namespace motcua::store::sql
