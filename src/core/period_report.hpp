#pragma once
// The periodic report on handling administrative procedures (Circular 01/2020/TT-VPCP, biểu
// 06a/VPCP/KSTT; requirements §5 B4): for a reporting period, per sector and procedure, the
// dossiers to handle (carried over from earlier periods, new online, new at the desk or by post),
// those resolved early, on time or late, those closed otherwise (refused, withdrawn, stopped), and
// those still pending at the end, in time or overdue. Every row balances: to handle = resolved +
// closed otherwise + pending.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.hpp"

namespace motcua::core {

// A dossier as the report sees it; `received_at` is when the unit received it.
struct ReportedDossier {
  std::string sector_code;
  std::string sector_name;
  std::string procedure_code;
  std::string procedure_name;
  bool online = false;  // filed online, here or on the national portal
  Instant received_at{};
  std::optional<Instant> due_at;
  std::optional<Instant> resolved_at;  // reached status 9
  std::optional<Instant> closed_at;    // refused, withdrawn or stopped
};

struct PeriodFigures {
  long long carried_over = 0;  // received before the period, not finished before it
  long long online = 0;        // received in the period, filed online
  long long offline = 0;       // received in the period at the desk or by post
  long long early = 0;
  long long on_time = 0;
  long long late = 0;
  long long closed_otherwise = 0;
  long long pending_in_time = 0;  // not finished at the end of the period
  long long pending_overdue = 0;

  long long to_handle() const { return carried_over + online + offline; }
  long long resolved() const { return early + on_time + late; }
  long long pending() const { return pending_in_time + pending_overdue; }
};

struct ProcedureLine {
  std::string code;
  std::string name;
  PeriodFigures figures;
};

struct SectorLines {
  std::string code;
  std::string name;
  PeriodFigures figures;
  std::vector<ProcedureLine> procedures;  // by name
};

struct PeriodReport {
  std::vector<SectorLines> sectors;  // by name
  PeriodFigures total;
};

// The report's figure columns, in the template's order, and their values.
inline constexpr std::size_t kFigureCount = 12;
inline constexpr std::array<std::string_view, kFigureCount> kFigureNames{
    "to_handle", "carried_over", "online",           "offline", "resolved",        "early",
    "on_time",   "late",         "closed_otherwise", "pending", "pending_in_time", "overdue"};
std::array<long long, kFigureCount> figure_values(const PeriodFigures& figures);

// The report as the table prints it: each sector ("1"), its procedures beneath ("1.1"), then the
// total (no number, `level` 2).
struct ReportRow {
  std::string number;
  std::string subject;  // the sector's name; "name (code)" of a procedure; empty for the total
  int level = 0;        // 0 sector, 1 procedure, 2 total
  std::array<long long, kFigureCount> values{};
};
std::vector<ReportRow> report_rows(const PeriodReport& report);

// Adds one dossier to `figures` for the period [from, end), judging what is still pending as of
// `as_of` (the end of the period, or now when the period has not ended). False when the dossier
// does not belong to the period: received after it, or finished before it.
bool add_to_period(PeriodFigures& figures, const ReportedDossier& dossier, Instant from,
                   Instant end, Instant as_of);

PeriodReport build_period_report(const std::vector<ReportedDossier>& dossiers, Instant from,
                                 Instant end, Instant as_of);

}  // namespace motcua::core
