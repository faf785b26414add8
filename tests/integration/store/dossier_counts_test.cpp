// Counting several queues at once gives, on both stores, what each query's own listing totals.
#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

class DossierCountsTest : public StoreTest {};

TEST_F(DossierCountsTest, OnePassCountsWhatEachListingTotals) {
  const auto world = write([](app::Transaction& tx) { return make_dossier_world(tx); });
  write([&](app::Transaction& tx) {
    for (int i = 0; i < 7; ++i) {
      auto dossier = sample_dossier(world, "H29.99-251009-000" + std::to_string(i));
      dossier.lifecycle.status = i < 3 ? core::Status::submitted : core::Status::received;
      dossier.clock.due_at = at(1'760'000'000 + i * 1000);
      if (i == 6) dossier.assignee_id = world.official_id;
      tx.insert_dossier(dossier);
    }
  });
  std::vector<app::DossierQuery> queries(5);
  for (auto& query : queries) query.unit_ids = {world.unit_id};
  queries[1].statuses = {1};
  queries[2].statuses = {2};
  queries[2].due_before = at(1'760'004'500);
  queries[3].assignee_id = world.official_id;
  queries[4].relation =
      app::UnitRelation::receiving;  // the world's dossiers are received elsewhere
  const auto counts = read([&](app::Transaction& tx) { return tx.count_dossiers(queries); });
  ASSERT_EQ(counts.size(), queries.size());
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const auto total =
        read([&](app::Transaction& tx) { return tx.list_dossiers(queries[i]).total; });
    EXPECT_EQ(counts[i], total) << "query " << i;
  }
  EXPECT_EQ(counts[0], 7);
  EXPECT_EQ(counts[1], 3);
  EXPECT_EQ(counts[2], 2) << "received, due before the fifth";
  EXPECT_EQ(counts[3], 1);
  EXPECT_EQ(counts[4], 0);
  EXPECT_TRUE(read([](app::Transaction& tx) { return tx.count_dossiers({}); }).empty());
}

}  // namespace
}  // namespace motcua::store::testing
