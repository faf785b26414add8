#pragma once
// Which unit a leader's figures cover and over what period: the dashboard, the periodic reports
// and the public statistics share these rules.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/time.hpp"

namespace motcua::app {

// Leaders and administrators; `code` defaults to the caller's unit and must lie within it
// (administrators: any unit). forbidden for other roles, not_found for a unit not theirs.
const core::Unit& unit_to_show(const Principal& who, const std::vector<core::Unit>& units,
                               const std::string& code);

// invalid_input when `to` precedes `from` or the period is longer than a year.
void check_period(core::LocalDate from, core::LocalDate to);

// `root` and every unit beneath it.
std::vector<long long> subtree_of(const std::vector<core::Unit>& units, long long root);

// The instants a period of whole days (Vietnam time) runs between: [start, end).
core::Instant period_start(core::LocalDate from);
core::Instant period_end(core::LocalDate to);

// What a report is printed with in `lang`; unavailable when no printer is configured.
PrintContext report_print_context(const Services& services, const std::string& lang);

}  // namespace motcua::app
