// What the periodic reports count: the dossiers a period had to handle, with when each was
// resolved (status 9) or closed otherwise (3 refused, 7 withdrawn, 8 stopped).
#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

std::vector<core::ReportedDossier> SqlTransaction::list_reported_dossiers(
    const std::vector<long long>& unit_ids, core::Instant from, core::Instant before) {
  std::vector<core::ReportedDossier> dossiers;
  if (unit_ids.empty()) return dossiers;
  QueryBuilder q;
  q.where("d.received_at < " + q.bind(before));
  const auto units = q.bind_list(unit_ids);
  q.where("(d.competent_unit_id IN (" + units + ") OR d.receiving_unit_id IN (" + units + "))");
  const auto start = q.bind(from);
  q.where("(d.resolved_at IS NULL OR d.resolved_at >= " + start + ")");
  q.where("(d.closed_at IS NULL OR d.closed_at >= " + start + ")");
  const auto rows = db_.query(
      "SELECT v.sector_code, v.sector_name, d.procedure_code, d.procedure_name, d.channel, "
      "d.received_at, d.due_at, d.resolved_at, d.closed_at "
      "FROM dossiers d LEFT JOIN procedure_versions v ON v.id = d.procedure_version_id" +
          q.where_clause(),
      q.params());
  for (const auto& r : rows) {
    core::ReportedDossier dossier;
    dossier.sector_code = r.text(0);
    dossier.sector_name = r.text(1);
    dossier.procedure_code = r.text(2);
    dossier.procedure_name = r.text(3);
    dossier.online = core::filed_online(static_cast<core::Channel>(r.integer(4)));
    dossier.received_at = r.instant(5);
    dossier.due_at = r.opt_instant(6);
    dossier.resolved_at = r.opt_instant(7);
    dossier.closed_at = r.opt_instant(8);
    dossiers.push_back(std::move(dossier));
  }
  return dossiers;
}

}  // namespace motcua::store::sql
