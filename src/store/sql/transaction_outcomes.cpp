// What the dashboards count: each dossier received in a period with how it stands.
#include "store/sql/mapping.hpp"
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

std::vector<app::OutcomeRow> SqlTransaction::list_outcomes(const std::vector<long long>& unit_ids,
                                                           core::Instant from,
                                                           core::Instant before) {
  std::vector<app::OutcomeRow> rows;
  if (unit_ids.empty()) return rows;
  QueryBuilder q;
  q.where("d.received_at >= " + q.bind(from));
  q.where("d.received_at < " + q.bind(before));
  const auto units = q.bind_list(unit_ids);
  q.where("(d.competent_unit_id IN (" + units + ") OR d.receiving_unit_id IN (" + units + "))");
  const auto found = db_.query(
      "SELECT d.competent_unit_id, d.assignee_id, d.status, d.due_at, d.supplemented, "
      "d.resolved_at, "
      "d.channel, (SELECT r.satisfaction FROM dossier_ratings r WHERE r.dossier_id = d.id), "
      "CASE WHEN EXISTS (SELECT 1 FROM files f WHERE f.dossier_id = d.id "
      "AND f.purpose <> 'result') THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM files f WHERE f.dossier_id = d.id "
      "AND f.purpose = 'result') THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM payments p WHERE p.dossier_id = d.id) THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM payments p WHERE p.dossier_id = d.id "
      "AND p.paid_at IS NOT NULL) THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM outbox_messages o WHERE o.dossier_id = d.id "
      "AND o.system = 'dvcqg' AND o.state = 'delivered') THEN 1 ELSE 0 END "
      "FROM dossiers d" +
          q.where_clause(),
      q.params());
  for (const auto& r : found) {
    app::OutcomeRow row;
    row.competent_unit_id = r.integer(0);
    row.assignee_id = r.opt_integer(1);
    row.outcome.status = status_from(r.integer(2));
    row.outcome.due_at = r.opt_instant(3);
    row.outcome.supplemented = r.boolean(4);
    row.outcome.resolved_at = r.opt_instant(5);
    row.outcome.online = core::filed_online(static_cast<core::Channel>(r.integer(6)));
    if (const auto score = r.opt_integer(7)) row.outcome.satisfaction = static_cast<int>(*score);
    row.outcome.digitised = r.boolean(8);
    row.outcome.electronic_result = r.boolean(9);
    row.outcome.payment_requested = r.boolean(10);
    row.outcome.paid_online = r.boolean(11);
    row.outcome.synced = r.boolean(12);
    rows.push_back(row);
  }
  return rows;
}

}  // namespace motcua::store::sql
