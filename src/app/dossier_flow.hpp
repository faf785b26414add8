#pragma once
// Pieces every dossier use case shares: the calendar in force, who may see or move a dossier, and
// recording a transition (event and status row in the same transaction).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "app/services.hpp"
#include "core/calendar.hpp"
#include "core/dossier.hpp"
#include "core/handling_rules.hpp"
#include "core/lifecycle.hpp"

namespace motcua::app {

// The province's calendar rules in force at `at`: working periods from the versioned setting
// "calendar.periods", holidays and make-up days from the catalog.
core::WorkingCalendar load_calendar(Transaction& tx, core::Instant at);

// Whether `unit_id` is `ancestor_id` or lies below it in the agency tree.
bool unit_within(const std::vector<core::Unit>& units, long long unit_id, long long ancestor_id);

// An official acts for the receiving desk or the competent unit, within their own unit's subtree.
bool official_serves_side(const User& user, const core::Dossier& dossier, core::Side side,
                          const std::vector<core::Unit>& units);
// The owner always; once filed, also an official serving either side. Every read of a dossier,
// its files, thumbnails, printouts and messages asks this.
bool may_view(const User& user, const core::Dossier& dossier, const std::vector<core::Unit>& units);
// The dossier of `code` when `user` may view it; else AppError not_found, so that a stranger
// learns nothing of what exists.
core::Dossier viewable_dossier(Transaction& tx, const User& user, const std::string& code);

// The role of `user` that allows `action` on `dossier` on the right side, if any.
std::optional<core::Role> acting_role(const User& user, const core::Dossier& dossier,
                                      core::Action action, const std::vector<core::Unit>& units,
                                      const core::HandlingRules& rules);
// Every action `user` may take on `dossier` now.
std::vector<core::Action> actions_for(const User& user, const core::Dossier& dossier,
                                      const std::vector<core::Unit>& units,
                                      const core::HandlingRules& rules);

// The handling rules in force at `at` (setting "rules.handling", versioned by effective date); the
// law's defaults where none is stored.
core::HandlingRules load_handling_rules(Transaction& tx, core::Instant at);

// The procedure version's workflow as the dossier's steps, started at reception `at` (empty when
// the version has none). Throws AppError unavailable when a step names an unknown unit.
// Paper received after the hand-over hour reaches the first steps the next working morning.
std::vector<core::DossierStep> steps_at_reception(Transaction& tx, const core::Procedure& procedure,
                                                  core::Channel channel, core::Instant at);

// Appends the sealed event and writes the dossier row, in the caller's transaction, with what the
// event tells the applicant and the national systems (app/national_sync.hpp).
void record_event(const Services& services, Transaction& tx, core::Dossier& dossier,
                  const std::string& actor, const std::string& action, core::Status from,
                  core::Status to, const std::string& comment, const nlohmann::json& payload,
                  core::Instant at);

// The unit that receives a dossier filed online: the configured desk, else the province's centre
// (requirements §13.3.1), else the competent unit itself.
long long receiving_unit_for(Transaction& tx, const core::Dossier& dossier, core::Instant at);

// Throws AppError conflict (409) or forbidden (403) for a refused transition.
[[noreturn]] void throw_transition_error(core::TransitionError error);

}  // namespace motcua::app
