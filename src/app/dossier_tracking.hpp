#pragma once
// what the owner's dossier page shows beyond the dossier (requirements P13, P5, P11) and
// the public progress behind the lookup page and the QR code of form 01, which carries no personal
// data: no names, no form answers, no officers.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/dossier_detail.hpp"
#include "app/services.hpp"
#include "core/completion_forecast.hpp"

namespace motcua::app {

// One step of the timeline, down to the unit or department that took it; never an officer's name.
struct TimelineStep {
  core::Instant at{};
  std::string action;  // the event's action ("submit", "receive", "forward", …)
  core::Status from = core::Status::draft;
  core::Status to = core::Status::draft;
  std::string unit_name;     // the unit of whoever took the step ("" for the applicant)
  std::string to_unit_name;  // forward: the department it went to
  std::string comment;       // set only for the reasons an applicant is given
  // A national system that took the step for the applicant ("dvcqg": filed on the national
  // portal; "paygov": the fee paid online), "" otherwise.
  std::string system;
};

struct DossierTracking {
  DossierDetail detail;
  std::vector<TimelineStep> timeline;
  std::vector<DossierMessage> messages;
  std::vector<StoredFile> results;
  std::map<std::string, std::string> signed_results;  // a result's sha256 → its verification id
  bool can_sign_results = false;                      // the competent unit holds a key
  bool can_scan = false;  // the viewer may scan papers into it (số hóa at the desk)
  std::optional<core::TimeUsage> usage;
  std::optional<core::Forecast> forecast;
  std::optional<core::Instant> finished_at;  // status 9 reached
  bool form_01_issued = false;
  std::string message_side;  // the viewer's side, "" if they may not write
};

// The viewer must be the owner or an official of the receiving or competent unit (else 404).
DossierTracking load_tracking(Services& services, const User& viewer, const std::string& code);

// The stages a dossier passes, for the public progress bar: submitted, received, processing,
// settled, returned. A stage is reached once an event led to its status or beyond.
inline constexpr int kProgressStages = 5;

struct PublicProgress {
  LookupResult lookup;
  int stages_reached = 0;                                       // 0..kProgressStages
  std::vector<std::pair<core::Status, core::Instant>> reached;  // stage status and when
  std::optional<core::Timeliness> timeliness;  // once finished, or late while running
  bool overdue = false;
  bool closed = false;  // refused, withdrawn or stopped
};

PublicProgress public_progress(Services& services, const std::string& code);

// Comments of these actions are addressed to the applicant; the rest are the agency's internal
// notes.
bool comment_for_applicant(const std::string& action);

}  // namespace motcua::app
