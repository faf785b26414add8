// Work coming due for the officials' reminders: active workflow steps, and open dossiers that have
// no workflow, each with the reminders already sent left out.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

// Received (2) and being handled (4): the clock runs. A dossier waiting for papers or payment
// has its clock paused and nobody to remind.
constexpr const char* kSteps =
    "SELECT s.dossier_id, d.code, d.status, s.seq, s.unit_id, s.role, s.assignee_id, s.due_at "
    "FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id "
    "WHERE s.status = 'active' AND d.status IN (2, 4) AND s.due_at < $2 "
    "AND s.due_at >= $3 AND NOT EXISTS (SELECT 1 FROM deadline_reminders r "
    "WHERE r.dossier_id = s.dossier_id AND r.subject = 'step:' || s.seq AND r.kind = $1) "
    "ORDER BY s.due_at LIMIT $4";
constexpr const char* kDossiers =
    "SELECT d.id, d.code, d.status, NULL, d.competent_unit_id, 'specialist', d.assignee_id, "
    "d.due_at FROM dossiers d WHERE d.status IN (2, 4) AND d.due_at < $2 "
    "AND d.due_at >= $3 "
    "AND NOT EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id) "
    "AND NOT EXISTS (SELECT 1 FROM deadline_reminders r WHERE r.dossier_id = d.id "
    "AND r.subject = 'dossier' AND r.kind = $1) ORDER BY d.due_at LIMIT $4";

app::DueWork due_work_from(const Row& row) {
  app::DueWork work;
  work.dossier_id = row.integer(0);
  work.dossier_code = row.text(1);
  work.status = static_cast<int>(row.integer(2));
  if (!row.is_null(3)) work.step_seq = static_cast<int>(row.integer(3));
  work.unit_id = row.integer(4);
  work.role = row.text(5);
  work.assignee_id = row.opt_integer(6);
  work.due_at = row.instant(7);
  return work;
}

}  // namespace

std::vector<app::DueWork> SqlTransaction::list_due_work(const std::string& kind,
                                                        std::optional<core::Instant> from,
                                                        core::Instant before, int limit) {
  std::vector<app::DueWork> work;
  for (const char* sql : {kSteps, kDossiers}) {
    // Without a lower bound, everything due before `before`: the epoch bounds it from below.
    for (const auto& row : db_.query(sql, {kind, before, from.value_or(core::Instant{}), limit}))
      work.push_back(due_work_from(row));
  }
  return work;
}

bool SqlTransaction::claim_reminder(long long dossier_id, const std::string& subject,
                                    const std::string& kind, core::Instant at) {
  return !db_.query(
                 "INSERT INTO deadline_reminders (dossier_id, subject, kind, sent_at) "
                 "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING dossier_id",
                 {dossier_id, subject, kind, at})
              .empty();
}

}  // namespace motcua::store::sql
