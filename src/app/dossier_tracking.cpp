#include "app/dossier_tracking.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/bounded_json.hpp"
#include "app/document_signing.hpp"
#include "app/dossier_flow.hpp"
#include "app/dossier_messages.hpp"
#include "app/dossier_printouts.hpp"
#include "app/dossier_results.hpp"
#include "app/dossier_scans.hpp"
#include "app/errors.hpp"
#include "app/outbox.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

// The forecast looks at this many recent finished dossiers of the same procedure.
constexpr int kForecastSamples = 20;

std::optional<core::Dossier> find_by_ref(Transaction& tx, const std::string& ref) {
  auto dossier = tx.find_dossier_by_code(ref);
  const bool digits =
      !ref.empty() && ref.size() < 18 &&
      std::all_of(ref.begin(), ref.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!dossier && digits) dossier = tx.find_dossier(std::stoll(ref));
  return dossier;
}

class UnitNames {
 public:
  UnitNames(Transaction& tx, const std::vector<core::Unit>& units) : tx_(tx) {
    for (const auto& unit : units) {
      by_id_[unit.id] = unit.name;
      by_code_[unit.code] = unit.name;
    }
  }
  // The unit an official belongs to; "" for the applicant or an unknown actor.
  std::string of_user(const std::string& username) {
    auto cached = users_.find(username);
    if (cached != users_.end()) return cached->second;
    std::string name;
    if (auto user = tx_.find_user_by_username(username); user && user->unit_id)
      name = of_unit(*user->unit_id);
    users_[username] = name;
    return name;
  }
  std::string of_unit(long long id) const {
    auto found = by_id_.find(id);
    return found == by_id_.end() ? "" : found->second;
  }
  std::string of_code(const std::string& code) const {
    auto found = by_code_.find(code);
    return found == by_code_.end() ? "" : found->second;
  }

 private:
  Transaction& tx_;
  std::map<long long, std::string> by_id_;
  std::map<std::string, std::string> by_code_;
  std::map<std::string, std::string> users_;  // a dossier's few actors, each looked up once
};

std::string system_of(const core::DossierEvent& event) {
  const auto& systems = national_systems();
  if (std::find(systems.begin(), systems.end(), event.actor) != systems.end()) return event.actor;
  if (event.action != "submit") return "";
  const auto payload = app::parse_bounded_json(event.payload);
  return payload.is_object() && payload.value("channel", "") == "national_portal" ? "dvcqg" : "";
}

std::vector<TimelineStep> timeline_of(const std::vector<core::DossierEvent>& events,
                                      const core::Dossier& dossier, UnitNames& names) {
  std::vector<TimelineStep> steps;
  for (const auto& event : events) {
    if (event.action == "create") continue;  // the draft is the applicant's own business
    TimelineStep step{event.at, event.action, event.from, event.to, "", "", ""};
    if (event.actor != "" && event.action != "submit" && event.action != "withdraw" &&
        event.action != "answer-supplement")
      step.unit_name = names.of_user(event.actor);
    step.system = system_of(event);
    if (event.action == "forward") {
      const auto payload = app::parse_bounded_json(event.payload);
      if (payload.is_object() && payload.contains("to_unit"))
        step.to_unit_name = names.of_code(payload.value("to_unit", ""));
      else if (payload.is_object() && payload.contains("to_user"))
        step.to_unit_name = names.of_user(payload.value("to_user", ""));
      if (step.to_unit_name.empty()) step.to_unit_name = names.of_unit(dossier.competent_unit_id);
    }
    if (comment_for_applicant(event.action)) step.comment = event.comment;
    steps.push_back(std::move(step));
  }
  return steps;
}

std::optional<core::Instant> finished_at(const std::vector<core::DossierEvent>& events) {
  std::optional<core::Instant> at;
  for (const auto& event : events) {
    if (event.to == core::Status::resolved && event.from != core::Status::resolved) at = event.at;
  }
  return at;
}

void fill_schedule(Transaction& tx, core::Instant now, DossierTracking& tracking) {
  const auto& dossier = tracking.detail.dossier;
  if (!dossier.clock.received_at) return;
  const auto calendar = load_calendar(tx, *dossier.clock.received_at);
  tracking.usage =
      core::time_usage(calendar, dossier.clock, tracking.detail.procedure.duration_working_days,
                       now, tracking.finished_at);
  if (tracking.finished_at || core::is_terminal(dossier.lifecycle.status)) return;
  std::vector<core::FinishedDossier> history;
  for (const auto& sample : tx.list_finished_samples(dossier.procedure_code, kForecastSamples))
    history.push_back({sample.due_at, sample.finished_at});
  tracking.forecast = core::forecast_completion(calendar, dossier.clock, now, history);
}

int stage_of(core::Status status) {
  switch (status) {
    case core::Status::submitted:
      return 1;
    case core::Status::received:
      return 2;
    case core::Status::processing:
    case core::Status::supplement_requested:
    case core::Status::payment_requested:
      return 3;
    case core::Status::resolved:
      return 4;
    case core::Status::returned:
      return 5;
    default:
      return 0;
  }
}

}  // namespace

bool comment_for_applicant(const std::string& action) {
  static const std::vector<std::string> kPublic{
      "refuse", "request-supplement", "answer-supplement", "withdraw",
      "stop",   "apologize",          "return-result"};
  return std::find(kPublic.begin(), kPublic.end(), action) != kPublic.end();
}

DossierTracking load_tracking(Services& services, const User& viewer, const std::string& code) {
  DossierTracking tracking;
  const auto now = services.clock.now();
  services.store.read([&](Transaction& tx) {
    auto dossier = find_by_ref(tx, core::trim(code));
    const auto units = tx.list_units();
    if (!dossier || !may_view(viewer, *dossier, units)) throw_not_found("dossier");
    fill_detail(tx, viewer, *dossier, units, now, tracking.detail);
    UnitNames names(tx, units);
    tracking.timeline = timeline_of(tracking.detail.events, *dossier, names);
    tracking.messages =
        dossier->code.empty() ? std::vector<DossierMessage>{} : tx.list_messages(dossier->id);
    tracking.results = result_files(tracking.detail.files);
    for (const auto& signature : tx.list_signed_documents(dossier->id))
      if (signature.kind == kResultPurpose)
        tracking.signed_results[signature.sha256] = signature.id;
    if (auto competent = tx.find_unit(dossier->competent_unit_id))
      tracking.can_sign_results = unit_can_sign(services, *competent);
    tracking.finished_at = finished_at(tracking.detail.events);
    fill_schedule(tx, now, tracking);
    tracking.form_01_issued = tx.find_printout(dossier->id, kForm01).has_value();
    tracking.message_side = message_side(viewer, *dossier, units);
    tracking.can_scan = may_scan(viewer, *dossier, units);
  });
  return tracking;
}

namespace {

// Each stage at the first event that reached it; later returns to an earlier status (after a
// supplement) do not undo a stage.
void follow_changes(PublicProgress& progress,
                    const std::vector<std::pair<core::Status, core::Instant>>& changes) {
  static constexpr core::Status kStages[] = {core::Status::submitted, core::Status::received,
                                             core::Status::processing, core::Status::resolved,
                                             core::Status::returned};
  for (const auto& [to, at] : changes) {
    while (progress.stages_reached < stage_of(to)) {
      ++progress.stages_reached;
      progress.reached.emplace_back(kStages[progress.stages_reached - 1], at);
    }
    if (to == core::Status::resolved && progress.lookup.due_at)
      progress.timeliness = core::timeliness(*progress.lookup.due_at, at);
  }
}

}  // namespace

// A glance at one joined query: the dossier, its units' names and its events' statuses need no
// snapshot of their own for a public view, on a page anyone may ask for.
PublicProgress public_progress(Services& services, const std::string& code) {
  PublicProgress progress;
  const auto now = services.clock.now();
  std::optional<LookupProgress> found;
  services.store.glance(
      [&](Transaction& tx) { found = tx.find_lookup_progress(core::trim(code)); });
  if (!found || found->lookup.code.empty()) throw_not_found("dossier");
  progress.lookup = std::move(found->lookup);
  const auto& lookup = progress.lookup;
  follow_changes(progress, found->changes);
  const auto status = lookup.status;
  progress.closed = status == core::Status::refused || status == core::Status::withdrawn ||
                    status == core::Status::stopped;
  core::DeadlineClock clock;
  clock.received_at = lookup.received_at;
  clock.due_at = lookup.due_at;
  clock.paused_at = found->paused_at;
  progress.overdue = !progress.timeliness && !progress.closed && core::is_overdue(clock, now);
  if (progress.overdue) progress.timeliness = core::Timeliness::late;
  return progress;
}

}  // namespace motcua::app
