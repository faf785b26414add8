// The periodic report's rules, one dossier at a time: which period a dossier belongs to, how it
// counts there, and that every row balances.
#include "core/period_report.hpp"

#include <gtest/gtest.h>

#include "unit/core/instants.hpp"

namespace motcua::core {
namespace {

using std::chrono::days;
using std::chrono::hours;

const Instant kFrom = testing::at("2026-07-01T00:00");
const Instant kEnd = kFrom + days(92);  // the third quarter

ReportedDossier received(Instant at, bool online = true) {
  ReportedDossier dossier;
  dossier.sector_name = "Hộ tịch";
  dossier.procedure_code = "1.001193";
  dossier.procedure_name = "Đăng ký khai sinh";
  dossier.online = online;
  dossier.received_at = at;
  dossier.due_at = at + days(5);
  return dossier;
}

PeriodFigures figures_of(const ReportedDossier& dossier, Instant as_of = kEnd) {
  PeriodFigures figures;
  add_to_period(figures, dossier, kFrom, kEnd, as_of);
  return figures;
}

TEST(PeriodReport, ANewDossierCountsByItsChannel) {
  EXPECT_EQ(figures_of(received(kFrom + days(1))).online, 1);
  EXPECT_EQ(figures_of(received(kFrom + days(1), false)).offline, 1);
}

TEST(PeriodReport, OneReceivedEarlierAndStillOpenIsCarriedOver) {
  const auto figures = figures_of(received(kFrom - days(3)));
  EXPECT_EQ(figures.carried_over, 1);
  EXPECT_EQ(figures.online, 0);
}

TEST(PeriodReport, OneFinishedBeforeThePeriodOrReceivedAfterItIsNotInIt) {
  auto done = received(kFrom - days(10));
  done.resolved_at = kFrom - days(1);
  PeriodFigures figures;
  EXPECT_FALSE(add_to_period(figures, done, kFrom, kEnd, kEnd));
  EXPECT_FALSE(add_to_period(figures, received(kEnd), kFrom, kEnd, kEnd));
  auto refused = received(kFrom - days(10));
  refused.closed_at = kFrom - hours(1);
  EXPECT_FALSE(add_to_period(figures, refused, kFrom, kEnd, kEnd));
  EXPECT_EQ(figures.to_handle(), 0);
}

TEST(PeriodReport, ResolvedInThePeriodCountsByItsTimeliness) {
  auto early = received(kFrom + days(1));
  early.resolved_at = early.received_at + days(1);
  EXPECT_EQ(figures_of(early).early, 1);
  auto late = received(kFrom + days(1));
  late.resolved_at = *late.due_at + days(2);
  EXPECT_EQ(figures_of(late).late, 1);
  auto on_time = received(kFrom + days(1));
  on_time.resolved_at = *on_time.due_at;  // on the due day itself
  EXPECT_EQ(figures_of(on_time).on_time, 1);
}

TEST(PeriodReport, ResolvedAfterThePeriodIsStillPendingInIt) {
  auto dossier = received(kEnd - days(1));
  dossier.resolved_at = kEnd + days(1);
  const auto figures = figures_of(dossier);
  EXPECT_EQ(figures.resolved(), 0);
  EXPECT_EQ(figures.pending_in_time, 1);
}

TEST(PeriodReport, PendingIsJudgedAtTheEndOfThePeriodOrNow) {
  const auto dossier = received(kFrom + days(1));  // due five days later
  EXPECT_EQ(figures_of(dossier).pending_overdue, 1);
  EXPECT_EQ(figures_of(dossier, kFrom + days(2)).pending_in_time, 1) << "the period is not over";
}

TEST(PeriodReport, RefusedWithdrawnOrStoppedAreClosedOtherwise) {
  auto dossier = received(kFrom + days(1));
  dossier.closed_at = kFrom + days(2);
  const auto figures = figures_of(dossier);
  EXPECT_EQ(figures.closed_otherwise, 1);
  EXPECT_EQ(figures.pending(), 0);
}

TEST(PeriodReport, RowsGroupBySectorAndProcedureAndEveryRowBalances) {
  std::vector<ReportedDossier> dossiers;
  for (int i = 0; i < 30; ++i) {
    auto dossier = received(kFrom + days(i * 3 - 20), i % 2 == 0);
    if (i % 3 == 0) dossier.resolved_at = dossier.received_at + days(i % 9);
    if (i % 5 == 0) dossier.closed_at = dossier.received_at + days(1);
    if (i % 4 == 0) {
      dossier.sector_name = "Chứng thực";
      dossier.procedure_code = "2.000815";
      dossier.procedure_name = "Chứng thực bản sao";
    }
    dossiers.push_back(dossier);
  }
  const auto report = build_period_report(dossiers, kFrom, kEnd, kEnd);
  ASSERT_EQ(report.sectors.size(), 2U);
  EXPECT_EQ(report.sectors[0].name, "Chứng thực");  // by name
  long long total = 0;
  for (const auto& row : report_rows(report)) {
    const auto& v = row.values;
    EXPECT_EQ(v[0], v[1] + v[2] + v[3]) << row.subject;
    EXPECT_EQ(v[0], v[4] + v[8] + v[9]) << row.subject;
    EXPECT_EQ(v[4], v[5] + v[6] + v[7]) << row.subject;
    EXPECT_EQ(v[9], v[10] + v[11]) << row.subject;
    if (row.level == 0) total += v[0];
    if (row.level == 2) {
      EXPECT_EQ(v[0], total);
    }
  }
  EXPECT_GT(report.total.to_handle(), 0);
  EXPECT_LT(report.total.to_handle(), 30) << "some finished before the quarter";
}

}  // namespace
}  // namespace motcua::core
