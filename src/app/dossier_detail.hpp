#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "core/dossier.hpp"
#include "core/procedure.hpp"

namespace motcua::app {

// Everything a dossier page or API response shows, loaded in one transaction.
struct DossierDetail {
  core::Dossier dossier;
  core::Procedure procedure;  // the version the dossier was filed under
  std::vector<StoredFile> files;
  std::vector<core::DossierEvent> events;
  std::vector<core::Action> actions;  // what the caller may do now
  core::Unit receiving_unit;
  core::Unit competent_unit;
  std::optional<User> assignee;
  // Names for the workflow steps' units and assignees, by id.
  std::map<long long, core::Unit> step_units;
  std::map<long long, std::string> step_assignees;
};

// Fills `detail` for `viewer` from `dossier` inside the caller's read transaction (every page and
// API answer about one dossier loads it this way). The actions offered follow the rules in force
// at `now`.
void fill_detail(Transaction& tx, const User& viewer, const core::Dossier& dossier,
                 const std::vector<core::Unit>& units, core::Instant now, DossierDetail& detail);

}  // namespace motcua::app
