// Ratings on both stores: the first rating of a dossier stands, read back whole.
#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using RatingsTest = StoreTest;

TEST_F(RatingsTest, TheFirstRatingOfADossierStands) {
  const auto dossier_id = write([](app::Transaction& tx) {
    const auto world = make_dossier_world(tx);
    return tx.insert_dossier(sample_dossier(world, "H29.12.05-261205-0001"));
  });
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_rating(dossier_id); }));
  app::DossierRating rating{dossier_id, "portal", {{"satisfaction", 4}, {"attitude", 5}},
                            "Nhanh", "congdan", at(1'760'000'000)};
  EXPECT_TRUE(write([&](app::Transaction& tx) { return tx.insert_rating(rating); }));
  auto second = rating;
  second.scores["satisfaction"] = 1;
  EXPECT_FALSE(write([&](app::Transaction& tx) { return tx.insert_rating(second); }));
  const auto stored = read([&](app::Transaction& tx) { return tx.find_rating(dossier_id); });
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->scores, rating.scores);
  EXPECT_EQ(stored->comment, "Nhanh");
  EXPECT_EQ(stored->rated_by, "congdan");
  EXPECT_EQ(stored->rated_at, rating.rated_at);
  EXPECT_EQ(stored->channel, "portal");
}

}  // namespace
}  // namespace motcua::store::testing
