#pragma once
// How a unit kept its deadlines (requirements §5 B7, §11): each dossier received in a period is
// counted as resolved early, on time or late, still open in time or overdue, or closed otherwise
// (refused, withdrawn, stopped), and whether it was sent back for papers.
#include <optional>

#include "core/status.hpp"
#include "core/time.hpp"

namespace motcua::core {

struct DossierOutcome {
  Status status = Status::received;
  std::optional<Instant> due_at;
  std::optional<Instant> resolved_at;  // when it reached status 9, if it did
  bool supplemented = false;
  bool online = false;              // filed online, here or on the national portal
  std::optional<int> satisfaction;  // the applicant's overall rating, 1–5, once rated
  bool digitised = false;           // its papers are held as electronic files
  bool electronic_result = false;   // its result was issued as an electronic file
  bool payment_requested = false;   // a fee was asked for through the payment platform
  bool paid_online = false;         // and paid there
  bool synced = false;              // its progress reached the national portal
};

struct OutcomeCounts {
  long long received = 0;
  long long early = 0;
  long long on_time = 0;
  long long late = 0;
  long long in_time = 0;  // still open, not past due
  long long overdue = 0;  // still open, past due
  long long refused = 0;
  long long withdrawn = 0;
  long long stopped = 0;
  long long supplemented = 0;
  long long online = 0;
  long long rated = 0;
  long long satisfied = 0;  // rated 4 or 5: hài lòng, rất hài lòng
  long long digitised = 0;
  long long electronic_results = 0;
  long long payment_requested = 0;
  long long paid_online = 0;
  long long synced = 0;

  long long resolved() const { return early + on_time + late; }
};

// Adds one dossier, judged at `now`.
void add_outcome(OutcomeCounts& counts, const DossierOutcome& outcome, Instant now);

}  // namespace motcua::core
