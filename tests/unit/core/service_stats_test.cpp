#include "core/service_stats.hpp"

#include <gtest/gtest.h>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using testing::at;

TEST(ServiceStats, EachDossierCountsOnceByHowItKeptItsDeadline) {
  const auto now = at("2026-12-04T10:00");
  const auto due = at("2026-12-02T17:00");
  OutcomeCounts counts;
  add_outcome(counts, {Status::resolved, due, at("2026-12-01T09:00"), false}, now);  // early
  add_outcome(counts, {Status::returned, due, at("2026-12-02T16:00"), true}, now);   // on time
  add_outcome(counts, {Status::resolved, due, at("2026-12-03T09:00"), false}, now);  // late
  add_outcome(counts, {Status::processing, due, std::nullopt, true}, now);           // overdue
  add_outcome(counts, {Status::processing, at("2026-12-08T17:00"), std::nullopt, false}, now);
  add_outcome(counts, {Status::refused, std::nullopt, std::nullopt, false}, now);
  add_outcome(counts, {Status::withdrawn, due, std::nullopt, false}, now);
  add_outcome(counts, {Status::stopped, due, std::nullopt, false}, now);
  EXPECT_EQ(counts.received, 8);
  EXPECT_EQ(counts.early, 1);
  EXPECT_EQ(counts.on_time, 1);
  EXPECT_EQ(counts.late, 1);
  EXPECT_EQ(counts.resolved(), 3);
  EXPECT_EQ(counts.overdue, 1);
  EXPECT_EQ(counts.in_time, 1);
  EXPECT_EQ(counts.refused, 1);
  EXPECT_EQ(counts.withdrawn, 1);
  EXPECT_EQ(counts.stopped, 1);
  EXPECT_EQ(counts.supplemented, 2);
}

TEST(ServiceStats, OnlineFilingsAndSatisfiedRatingsAreCounted) {
  OutcomeCounts counts;
  const auto now = Instant{std::chrono::seconds{1'770'000'000}};
  DossierOutcome online{Status::processing, std::nullopt, std::nullopt, false, true, 5};
  DossierOutcome counter{Status::processing, std::nullopt, std::nullopt, false, false, 2};
  DossierOutcome unrated{Status::processing, std::nullopt, std::nullopt, false, true, {}};
  add_outcome(counts, online, now);
  add_outcome(counts, counter, now);
  add_outcome(counts, unrated, now);
  EXPECT_EQ(counts.online, 2);
  EXPECT_EQ(counts.rated, 2);
  EXPECT_EQ(counts.satisfied, 1) << "4 and 5 are satisfied, 2 is not";
}

}  // namespace
}  // namespace motcua::core
