#include "app/report_scope.hpp"

#include <algorithm>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"

namespace motcua::app {
namespace {

constexpr auto kLongestPeriod = std::chrono::days(366);

}  // namespace

const core::Unit& unit_to_show(const Principal& who, const std::vector<core::Unit>& units,
                               const std::string& code) {
  const bool admin = who.user.has_role(core::Role::admin);
  if (!admin && !who.user.has_role(core::Role::leader)) throw_forbidden();
  const auto wanted = [&](const core::Unit& u) {
    return code.empty() ? who.user.unit_id && u.id == *who.user.unit_id : u.code == code;
  };
  const auto found = std::find_if(units.begin(), units.end(), wanted);
  if (found == units.end()) throw_not_found("unit");
  if (!admin && !(who.user.unit_id && unit_within(units, found->id, *who.user.unit_id)))
    throw_not_found("unit");  // a unit outside the leader's own is not theirs to see
  return *found;
}

void check_period(core::LocalDate from, core::LocalDate to) {
  if (std::chrono::sys_days(to) < std::chrono::sys_days(from))
    throw_invalid({{"to", "error.date_range"}});
  if (std::chrono::sys_days(to) - std::chrono::sys_days(from) > kLongestPeriod)
    throw_invalid({{"to", "error.period_too_long"}});
}

std::vector<long long> subtree_of(const std::vector<core::Unit>& units, long long root) {
  std::vector<long long> scope;
  for (const auto& unit : units)
    if (unit_within(units, unit.id, root)) scope.push_back(unit.id);
  return scope;
}

core::Instant period_start(core::LocalDate from) { return core::from_local(from, 0); }

core::Instant period_end(core::LocalDate to) {
  return core::from_local(to, 0) + std::chrono::days(1);
}

PrintContext report_print_context(const Services& services, const std::string& lang) {
  if (!services.printer)
    throw AppError(ErrorKind::unavailable, "printer_unavailable", "error.unavailable");
  PrintContext context;
  context.lang = lang;
  context.province_name = services.policy.authority_name;
  return context;
}

}  // namespace motcua::app
