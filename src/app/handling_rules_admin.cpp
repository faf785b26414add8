#include "app/handling_rules_admin.hpp"

#include "app/administration.hpp"
#include "app/dossier_flow.hpp"
#include "app/errors.hpp"

namespace motcua::app {
namespace {

constexpr int kMaxNoticeDays = 30;

std::string clock_text(int minute) {
  const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return two(minute / 60) + ":" + two(minute % 60);
}

bool flag(const nlohmann::json& j, const char* name) {
  if (!j.contains(name) || !j[name].is_boolean()) throw_invalid({{name, "error.boolean"}});
  return j[name].get<bool>();
}

core::HandlingRules rules_from(const nlohmann::json& j) {
  if (!j.is_object()) throw_invalid({{"rules", "error.form_shape"}});
  core::HandlingRules rules;
  rules.supplement_once = flag(j, "supplement_once");
  rules.apology_once = flag(j, "apology_once");
  const auto notice = j.find("apology_notice_days");
  if (notice == j.end() || !notice->is_number_integer() || notice->get<int>() < 0 ||
      notice->get<int>() > kMaxNoticeDays)
    throw_invalid({{"apology_notice_days", "error.range"}});
  rules.apology_notice_days = notice->get<int>();
  const auto handover = j.find("paper_handover_after");
  const auto text =
      handover != j.end() && handover->is_string() ? handover->get<std::string>() : "";
  const auto minute = text.size() == 5 ? core::parse_iso("2000-01-01T" + text) : std::nullopt;
  if (!minute) throw_invalid({{"paper_handover_after", "error.time"}});
  rules.paper_handover_minute = core::to_local(*minute).minute_of_day;
  return rules;
}

}  // namespace

nlohmann::json handling_rules_json(const core::HandlingRules& rules) {
  return {{"supplement_once", rules.supplement_once},
          {"apology_once", rules.apology_once},
          {"apology_notice_days", rules.apology_notice_days},
          {"paper_handover_after", clock_text(rules.paper_handover_minute)}};
}

core::HandlingRules HandlingRulesAdmin::in_force(const Principal& who) {
  if (!who.user.is_official() && !who.user.has_role(core::Role::admin)) throw_forbidden();
  core::HandlingRules rules;
  services_.store.read(
      [&](Transaction& tx) { rules = load_handling_rules(tx, services_.clock.now()); });
  return rules;
}

core::HandlingRules HandlingRulesAdmin::save(const Principal& admin,
                                             const std::string& effective_from,
                                             const nlohmann::json& j, const std::string& ip) {
  require_admin(admin);
  const auto from = core::parse_date(effective_from);
  if (!from) throw_invalid({{"effective_from", "error.date"}});
  if (*from < core::to_local(services_.clock.now()).date)
    throw_invalid({{"effective_from", "error.not_in_past"}});
  const auto rules = rules_from(j);
  services_.store.write([&](Transaction& tx) {
    tx.put_setting("rules.handling", core::from_local(*from, 0), handling_rules_json(rules).dump());
    tx.append_audit(AuditEntry{services_.clock.now(), admin.user.username, "rules_save",
                               "rules.handling", effective_from, ip});
  });
  return rules;
}

}  // namespace motcua::app
