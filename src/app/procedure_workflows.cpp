#include "app/procedure_workflows.hpp"

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/workflow_json.hpp"

namespace motcua::app {
namespace {

core::LocalDate today(const Services& services) {
  return core::to_local(services.clock.now()).date;
}

ProcedureWorkflow view_of(const core::Procedure& procedure) {
  return {procedure.code, procedure.effective_from, procedure.workflow};
}

}  // namespace

ProcedureWorkflow ProcedureWorkflows::in_force(const Principal& who, const std::string& code) {
  if (!who.user.is_official()) throw_forbidden();
  std::optional<core::Procedure> procedure;
  services_.store.read(
      [&](Transaction& tx) { procedure = tx.find_procedure_in_force(code, today(services_)); });
  if (!procedure) throw_not_found("procedure");
  return view_of(*procedure);
}

ProcedureWorkflow ProcedureWorkflows::save(const Principal& admin, const std::string& code,
                                           const std::string& effective_from,
                                           const nlohmann::json& steps, const std::string& ip) {
  require_admin(admin);
  const auto from = core::parse_date(effective_from);
  if (!from) throw_invalid({{"effective_from", "error.date"}});
  if (*from < today(services_)) throw_invalid({{"effective_from", "error.not_in_past"}});
  const auto workflow = workflow_from_json(steps);
  core::Procedure version;
  services_.store.write([&](Transaction& tx) {
    auto current = tx.find_procedure(code);
    if (!current) throw_not_found("procedure");
    for (const auto& step : workflow)
      if (!tx.find_unit_by_code(step.unit_code))
        throw_invalid({{"workflow", "error.unknown_unit"}});
    version = *current;
    version.workflow = workflow;
    version.effective_from = *from;
    version.version_id = tx.save_procedure(version);
    tx.append_audit(AuditEntry{services_.clock.now(), admin.user.username, "workflow_save", code,
                               effective_from, ip});
  });
  return view_of(version);
}

std::vector<core::Unit> ProcedureWorkflows::units(const Principal& admin) {
  return units_for_admin(services_, admin);
}

}  // namespace motcua::app
