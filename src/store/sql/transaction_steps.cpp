// The workflow steps of a dossier (migration 12).
#include <nlohmann/json.hpp>

#include "store/sql/mapping.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kStepColumns =
    "seq, name, unit_code, unit_id, role, budget, budget_unit, after_steps, assignee_id, status, "
    "started_at, due_at, done_at, actions";

core::DossierStep step_from(const Row& r) {
  core::DossierStep step;
  auto& d = step.definition;
  d.seq = static_cast<int>(r.integer(0));
  d.name = r.text(1);
  d.unit_code = r.text(2);
  step.unit_id = r.integer(3);
  d.role = parse_or_throw<core::Role>(r.text(4), core::parse_role, "step role");
  d.budget = static_cast<int>(r.integer(5));
  d.budget_unit =
      parse_or_throw<core::BudgetUnit>(r.text(6), core::parse_budget_unit, "budget unit");
  d.after = nlohmann::json::parse(r.text(7)).get<std::vector<int>>();
  step.assignee_id = r.opt_integer(8);
  step.status = parse_or_throw<core::StepStatus>(r.text(9), core::parse_step_status, "step status");
  step.started_at = r.opt_instant(10);
  step.due_at = r.opt_instant(11);
  step.done_at = r.opt_instant(12);
  for (const auto& name : nlohmann::json::parse(r.text(13)).get<std::vector<std::string>>())
    d.actions.push_back(parse_or_throw<core::Action>(name, core::parse_action, "step action"));
  return step;
}

std::string action_list(const std::vector<core::Action>& actions) {
  auto names = nlohmann::json::array();
  for (const auto action : actions) names.push_back(std::string(core::action_name(action)));
  return names.dump();
}

}  // namespace

// The dossier's row counts its steps, so that reading a dossier that has none (a draft, one not yet
// received) costs no second query.
void SqlTransaction::save_steps(long long dossier_id, const std::vector<core::DossierStep>& steps) {
  db_.exec("DELETE FROM dossier_steps WHERE dossier_id = $1", {dossier_id});
  db_.exec("UPDATE dossiers SET step_count = $2 WHERE id = $1",
           {dossier_id, static_cast<long long>(steps.size())});
  static const std::string insert = std::string("INSERT INTO dossier_steps (dossier_id, ") +
                                    kStepColumns +
                                    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                                    "$13, $14, $15)";
  for (const auto& s : steps) {
    const auto& d = s.definition;
    db_.exec(insert,
             {dossier_id, d.seq, d.name, d.unit_code, s.unit_id,
              std::string(core::role_name(d.role)), d.budget,
              std::string(core::budget_unit_name(d.budget_unit)), nlohmann::json(d.after).dump(),
              s.assignee_id, std::string(core::step_status_name(s.status)), s.started_at, s.due_at,
              s.done_at, action_list(d.actions)});
  }
}

std::vector<core::DossierStep> SqlTransaction::list_steps(long long dossier_id) {
  static const std::string select = std::string("SELECT ") + kStepColumns +
                                    " FROM dossier_steps WHERE dossier_id = $1 ORDER BY seq";
  std::vector<core::DossierStep> steps;
  for (const auto& row : db_.query(select, {dossier_id})) steps.push_back(step_from(row));
  return steps;
}

}  // namespace motcua::store::sql
