#include "app/administration.hpp"

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"

namespace motcua::app {

void require_admin(const Principal& who) {
  if (!who.user.has_role(core::Role::admin)) throw_forbidden();
}

std::vector<core::Unit> units_for_admin(Services& services, const Principal& who) {
  require_admin(who);
  std::vector<core::Unit> units;
  services.store.read([&](Transaction& tx) { units = tx.list_units(); });
  return units;
}

core::Instant due_date(Services& services, core::Instant start, int working_days) {
  if (working_days < 0 || working_days > 3650) throw_invalid({{"working_days", "error.range"}});
  core::Instant due{};
  services.store.read([&](Transaction& tx) {
    due = load_calendar(tx, start).due_after_working_days(start, working_days);
  });
  return due;
}

void put_calendar_day(Services& services, const Principal& who, const core::CalendarDay& day) {
  require_admin(who);
  if (day.name.empty() || day.name.size() > 200) throw_invalid({{"name", "error.required"}});
  services.store.write([&](Transaction& tx) {
    tx.upsert_calendar_day(day);
    tx.append_audit({services.clock.now(), who.user.username, "calendar_day_put",
                     core::format_date(day.date), day.name, ""});
  });
}

void remove_calendar_day(Services& services, const Principal& who, core::LocalDate date) {
  require_admin(who);
  services.store.write([&](Transaction& tx) {
    if (!tx.delete_calendar_day(date)) throw_not_found("calendar_day");
    tx.append_audit({services.clock.now(), who.user.username, "calendar_day_delete",
                     core::format_date(date), "", ""});
  });
}

std::vector<core::CalendarDay> calendar_days(Services& services) {
  std::vector<core::CalendarDay> days;
  services.store.read([&](Transaction& tx) { days = tx.list_calendar_days(); });
  return days;
}

std::vector<ChainProblem> verify_event_chains(Services& services) {
  std::vector<ChainProblem> problems;
  services.store.read([&](Transaction& tx) {
    for (long long id : tx.list_dossier_ids_with_events()) {
      const auto dossier = tx.find_dossier(id);
      const auto name =
          dossier && !dossier->code.empty() ? dossier->code : "#" + std::to_string(id);
      const auto events = tx.list_events(id);
      if (auto broken = core::verify_chain(events)) {
        problems.push_back({name, broken->seq, broken->reason});
        continue;
      }
      const auto replayed = core::replay(events);
      if (!replayed) {
        problems.push_back({name, 0, "illegal transition in log"});
      } else if (!dossier || replayed->status != dossier->lifecycle.status) {
        problems.push_back({name, 0, "status row differs from the log"});
      }
    }
  });
  return problems;
}

}  // namespace motcua::app
