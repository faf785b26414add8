// one applicant's dossiers for "my dossiers" (requirements P20) and discarding a draft.
#include <algorithm>

#include "store/sql/mapping.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr int kMaxOwnDossiersPerPage = 100;

}  // namespace

app::Page<core::Dossier> SqlTransaction::list_own_dossiers(const app::OwnDossierQuery& query) {
  QueryBuilder q;
  q.where("owner_id = " + q.bind(query.owner_id));
  if (query.statuses.empty()) {
    q.where("status <> 0");
  } else {
    q.where("status IN (" + q.bind_list(query.statuses) + ")");
  }
  const std::string from = " FROM dossiers" + q.where_clause();
  app::Page<core::Dossier> page;
  page.total = db_.query("SELECT COUNT(*)" + from, q.params()).at(0).integer(0);

  // What waits on the applicant comes first; the rest by the latest change.
  std::string order = " ORDER BY ";
  if (!query.first.empty())
    order += "CASE WHEN status IN (" + q.bind_list(query.first) + ") THEN 0 ELSE 1 END, ";
  order += "updated_at DESC, id DESC";
  const int per_page = std::clamp(query.per_page, 1, kMaxOwnDossiersPerPage);
  const long long offset = static_cast<long long>(std::max(1, query.page) - 1) * per_page;
  const auto limit = q.bind(per_page);
  const auto skip = q.bind(offset);
  const auto rows = db_.query("SELECT " + select_list(dossier_shape()) + from + order + " LIMIT " +
                                  limit + " OFFSET " + skip,
                              q.params());
  for (const auto& row : rows) page.items.push_back(dossier_from(row));
  return page;
}

std::map<int, long long> SqlTransaction::count_own_dossiers(long long owner_id) {
  std::map<int, long long> counts;
  const auto rows = db_.query(
      "SELECT status, COUNT(*) FROM dossiers WHERE owner_id = $1 GROUP BY status", {owner_id});
  for (const auto& row : rows) counts[static_cast<int>(row.integer(0))] = row.integer(1);
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
