#include "core/service_indices.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(ServiceIndices, EachGroupScoresItsShareOfItsPoints) {
  OutcomeCounts c;
  c.received = 10;
  c.synced = 5;  // disclosure 18 × 5/10 = 9
  c.early = 2;   // progress: (2 + 3 + 1) / (2 + 3 + 1 + 1 + 1) = 6/8 of 20 = 15
  c.on_time = 3;
  c.late = 1;
  c.in_time = 1;
  c.overdue = 1;
  c.online = 4;  // online service 12 × 4/10 = 4.8
  c.payment_requested = 4;
  c.paid_online = 1;  // online payment 10 × 1/4 = 2.5
  c.rated = 3;
  c.satisfied = 2;  // satisfaction 18 × 2/3 = 12
  c.digitised = 8;
  c.electronic_results = 4;  // digitisation 22 × (8 + 4) / (10 + 6) = 16.5
  const auto indices = service_indices(c);
  const double expected[] = {9, 15, 4.8, 2.5, 12, 16.5};
  for (std::size_t i = 0; i < kIndexGroupCount; ++i)
    EXPECT_DOUBLE_EQ(indices.groups[i].score, expected[i]) << index_group_name(kIndexGroups[i]);
  EXPECT_DOUBLE_EQ(indices.total, 59.8);
  EXPECT_EQ(indices.band, IndexBand::fair);
  EXPECT_EQ(indices.groups[1].met, 6);
  EXPECT_EQ(indices.groups[1].measured, 8);
}

TEST(ServiceIndices, NothingToMeasureCostsNoPoints) {
  const auto indices = service_indices(OutcomeCounts{});
  EXPECT_DOUBLE_EQ(indices.total, 100);
  EXPECT_EQ(indices.band, IndexBand::excellent);
  int points = 0;
  for (const auto p : kDefaultIndexPoints) points += p;
  EXPECT_EQ(points, 100);
}

TEST(ServiceIndices, BandsHaveNoGapAtTheirEdges) {
  EXPECT_EQ(index_band(90), IndexBand::excellent);
  EXPECT_EQ(index_band(89.99), IndexBand::good);
  EXPECT_EQ(index_band(75), IndexBand::good);
  EXPECT_EQ(index_band(74.99), IndexBand::fair);
  EXPECT_EQ(index_band(50), IndexBand::fair);
  EXPECT_EQ(index_band(30), IndexBand::average);
  EXPECT_EQ(index_band(29.99), IndexBand::weak);
}

}  // namespace
}  // namespace motcua::core
