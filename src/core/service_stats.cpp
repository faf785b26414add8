#include "core/service_stats.hpp"

#include "core/deadline.hpp"

namespace motcua::core {
namespace {

constexpr int kSatisfiedFrom = 4;

}  // namespace

void add_outcome(OutcomeCounts& counts, const DossierOutcome& outcome, Instant now) {
  ++counts.received;
  if (outcome.supplemented) ++counts.supplemented;
  if (outcome.online) ++counts.online;
  if (outcome.digitised) ++counts.digitised;
  if (outcome.electronic_result) ++counts.electronic_results;
  if (outcome.payment_requested) ++counts.payment_requested;
  if (outcome.paid_online) ++counts.paid_online;
  if (outcome.synced) ++counts.synced;
  if (outcome.satisfaction) {
    ++counts.rated;
    if (*outcome.satisfaction >= kSatisfiedFrom) ++counts.satisfied;
  }
  if (outcome.resolved_at) {
    const auto kept =
        outcome.due_at ? timeliness(*outcome.due_at, *outcome.resolved_at) : Timeliness::on_time;
    if (kept == Timeliness::early) ++counts.early;
    if (kept == Timeliness::on_time) ++counts.on_time;
    if (kept == Timeliness::late) ++counts.late;
    return;
  }
  switch (outcome.status) {
    case Status::refused:
      ++counts.refused;
      return;
    case Status::withdrawn:
      ++counts.withdrawn;
      return;
    case Status::stopped:
      ++counts.stopped;
      return;
    default:
      break;
  }
  if (outcome.due_at && *outcome.due_at < now)
    ++counts.overdue;
  else
    ++counts.in_time;
}

}  // namespace motcua::core
