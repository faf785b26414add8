#include "app/work_queues.hpp"

#include <algorithm>
#include <array>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

constexpr std::array<std::pair<WorkQueue, std::string_view>, 13> kQueueNames{{
    {WorkQueue::all, "all"},
    {WorkQueue::online_intake, "online-intake"},
    {WorkQueue::received, "received"},
    {WorkQueue::supplement, "supplement"},
    {WorkQueue::mine, "mine"},
    {WorkQueue::unit, "unit"},
    {WorkQueue::approval, "approval"},
    {WorkQueue::to_return, "to-return"},
    {WorkQueue::due_soon, "due-soon"},
    {WorkQueue::overdue, "overdue"},
    {WorkQueue::stopped, "stopped"},
    {WorkQueue::lien_thong_in, "lien-thong-in"},
    {WorkQueue::lien_thong_out, "lien-thong-out"},
}};

constexpr int kMaxPerPage = 100;
constexpr std::size_t kMaxSearchBytes = 100;

// Statuses in which the office still owes the applicant something.
const std::vector<int> kOpen{1, 2, 4, 5, 6};

const User& official_user(const Principal& who) {
  if (!who.user.is_official() || !who.user.unit_id) throw_forbidden();
  return who.user;
}

// An official works for their unit and every unit below it.
std::vector<long long> units_served(const std::vector<core::Unit>& units, long long unit_id) {
  std::vector<long long> served;
  for (const auto& unit : units)
    if (unit_within(units, unit.id, unit_id)) served.push_back(unit.id);
  return served;
}

}  // namespace

std::string_view work_queue_name(WorkQueue queue) {
  for (const auto& [item, name] : kQueueNames)
    if (item == queue) return name;
  return {};
}

std::optional<WorkQueue> parse_work_queue(std::string_view name) {
  for (const auto& [item, text] : kQueueNames)
    if (text == name) return item;
  return std::nullopt;
}

const std::vector<WorkQueue>& all_work_queues() {
  static const std::vector<WorkQueue> queues = [] {
    std::vector<WorkQueue> out;
    out.reserve(std::size(kQueueNames));
    for (const auto& [item, name] : kQueueNames) out.push_back(item);
    return out;
  }();
  return queues;
}

DossierQuery WorkQueues::query_for(Transaction& tx, const User& user, WorkQueue queue) {
  DossierQuery query;
  query.unit_ids = units_served(tx.list_units(), *user.unit_id);
  query.statuses = kOpen;
  query.sort_by_due = true;
  const auto now = services_.clock.now();
  switch (queue) {
    case WorkQueue::all:
      break;
    case WorkQueue::online_intake:
      query.relation = UnitRelation::receiving;
      query.statuses = {1};
      break;
    case WorkQueue::received:
      query.statuses = {2};
      break;
    case WorkQueue::supplement:
      query.statuses = {5};
      break;
    case WorkQueue::mine:
      query.assignee_id = user.id;
      break;
    case WorkQueue::unit:
      query.statuses = {4};
      break;
    case WorkQueue::approval:
      query.statuses = {4};
      query.awaiting_leader = true;
      break;
    case WorkQueue::to_return:
      query.statuses = {9};
      break;
    case WorkQueue::due_soon: {
      query.due_from = now;
      query.due_before = core::due_soon_limit(load_calendar(tx, now), now);
      break;
    }
    case WorkQueue::overdue:
      query.due_before = now;
      break;
    case WorkQueue::stopped:
      query.statuses = {8};
      break;
    case WorkQueue::lien_thong_in:
      query.relation = UnitRelation::step_here_only;
      break;
    case WorkQueue::lien_thong_out:
      query.relation = UnitRelation::step_elsewhere;
      break;
  }
  return query;
}

Page<core::Dossier> WorkQueues::list(const Principal& who, const QueueFilter& filter) {
  const auto& user = official_user(who);
  const auto text = core::trim(filter.text);
  if (text.size() > kMaxSearchBytes) throw_invalid({{"q", "error.too_long"}});
  if (filter.received_from && filter.received_to && *filter.received_to < *filter.received_from)
    throw_invalid({{"to", "error.date_range"}});
  Page<core::Dossier> page;
  services_.store.read([&](Transaction& tx) {
    auto query = query_for(tx, user, filter.queue);
    query.text = text;
    if (filter.received_from) query.received_from = core::from_local(*filter.received_from, 0);
    if (filter.received_to)
      query.received_before = core::from_local(*filter.received_to, 0) + std::chrono::days(1);
    query.page = std::max(1, filter.page);
    query.per_page = std::clamp(filter.per_page, 1, kMaxPerPage);
    page = tx.list_dossiers(query);
  });
  return page;
}

std::vector<std::pair<WorkQueue, long long>> WorkQueues::counts(const Principal& who) {
  const auto& user = official_user(who);
  std::vector<std::pair<WorkQueue, long long>> counts;
  services_.store.read([&](Transaction& tx) {
    std::vector<DossierQuery> queries;
    for (const auto queue : all_work_queues()) queries.push_back(query_for(tx, user, queue));
    const auto totals = tx.count_dossiers(queries);
    for (std::size_t i = 0; i < totals.size(); ++i)
      counts.emplace_back(all_work_queues()[i], totals[i]);
  });
  return counts;
}

}  // namespace motcua::app
