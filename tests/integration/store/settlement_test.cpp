// The settlement times kept on the dossier row, on both stores: the first resolution and the first
// closing otherwise, whatever order their events are written in, as the reports read them.
#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using SettlementTest = StoreTest;

core::DossierEvent event(long long seq, long long seconds, core::Status from, core::Status to) {
  core::DossierEvent e;
  e.seq = seq;
  e.at = at(seconds);
  e.actor = "chuyenvien";
  e.action = "test";
  e.from = from;
  e.to = to;
  e.prev_hash = core::kGenesisHash;
  e.hash = core::kGenesisHash;
  return e;
}

TEST_F(SettlementTest, TheReportsReadTheFirstResolutionAndClosing) {
  using core::Status;
  const auto world = write([](app::Transaction& tx) { return make_dossier_world(tx); });
  write([&](app::Transaction& tx) {
    auto resolved = sample_dossier(world, "H29.99-251009-0001");
    resolved.clock.received_at = at(1'760'000'000);
    resolved.id = tx.insert_dossier(resolved);
    tx.append_event(resolved.id, event(1, 1'760'100'000, Status::processing, Status::resolved));
    tx.append_event(resolved.id, event(2, 1'760'050'000, Status::processing, Status::resolved));
    tx.append_event(resolved.id, event(3, 1'760'200'000, Status::resolved, Status::returned));
    auto stopped = sample_dossier(world, "H29.99-251009-0002");
    stopped.clock.received_at = at(1'760'000'000);
    stopped.id = tx.insert_dossier(stopped);
    tx.append_event(stopped.id, event(1, 1'760'300'000, Status::processing, Status::stopped));
    return 0;
  });
  const auto reported = read([&](app::Transaction& tx) {
    return tx.list_reported_dossiers({world.unit_id}, at(1'700'000'000), at(1'800'000'000));
  });
  ASSERT_EQ(reported.size(), 2U);
  std::optional<core::Instant> resolved_at, closed_at;
  for (const auto& d : reported) {
    if (d.resolved_at) resolved_at = d.resolved_at;
    if (d.closed_at) closed_at = d.closed_at;
  }
  EXPECT_EQ(resolved_at, at(1'760'050'000)) << "the earliest, though written second";
  EXPECT_EQ(closed_at, at(1'760'300'000));
  // Settled before the period: out of it.
  EXPECT_TRUE(read([&](app::Transaction& tx) {
                return tx.list_reported_dossiers({world.unit_id}, at(1'770'000'000),
                                                 at(1'800'000'000));
              }).empty());
  const auto outcomes = read([&](app::Transaction& tx) {
    return tx.list_outcomes({world.unit_id}, at(1'700'000'000), at(1'800'000'000));
  });
  ASSERT_EQ(outcomes.size(), 2U);
}

}  // namespace
}  // namespace motcua::store::testing
