#include "core/period_report.hpp"

#include <algorithm>
#include <map>

#include "core/deadline.hpp"

namespace motcua::core {
namespace {

bool within(const std::optional<Instant>& at, Instant from, Instant end) {
  return at && *at >= from && *at < end;
}

std::optional<Instant> finished_at(const ReportedDossier& dossier) {
  if (dossier.resolved_at && dossier.closed_at)
    return std::min(*dossier.resolved_at, *dossier.closed_at);
  return dossier.resolved_at ? dossier.resolved_at : dossier.closed_at;
}

void add_resolved(PeriodFigures& figures, const ReportedDossier& dossier) {
  if (!dossier.due_at) {
    ++figures.on_time;
    return;
  }
  switch (timeliness(*dossier.due_at, *dossier.resolved_at)) {
    case Timeliness::early:
      ++figures.early;
      break;
    case Timeliness::on_time:
      ++figures.on_time;
      break;
    case Timeliness::late:
      ++figures.late;
      break;
  }
}

void add_figures(PeriodFigures& into, const PeriodFigures& from) {
  into.carried_over += from.carried_over;
  into.online += from.online;
  into.offline += from.offline;
  into.early += from.early;
  into.on_time += from.on_time;
  into.late += from.late;
  into.closed_otherwise += from.closed_otherwise;
  into.pending_in_time += from.pending_in_time;
  into.pending_overdue += from.pending_overdue;
}

}  // namespace

bool add_to_period(PeriodFigures& figures, const ReportedDossier& dossier, Instant from,
                   Instant end, Instant as_of) {
  if (dossier.received_at >= end) return false;
  const auto finished = finished_at(dossier);
  if (finished && *finished < from) return false;
  if (dossier.received_at < from)
    ++figures.carried_over;
  else if (dossier.online)
    ++figures.online;
  else
    ++figures.offline;
  if (within(dossier.resolved_at, from, end) && finished == dossier.resolved_at)
    add_resolved(figures, dossier);
  else if (within(dossier.closed_at, from, end))
    ++figures.closed_otherwise;
  else if (dossier.due_at && *dossier.due_at < as_of)
    ++figures.pending_overdue;
  else
    ++figures.pending_in_time;
  return true;
}

PeriodReport build_period_report(const std::vector<ReportedDossier>& dossiers, Instant from,
                                 Instant end, Instant as_of) {
  // Sorted by name, then code, so the report reads like the catalog.
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::map<Key, PeriodFigures>> grouped;
  for (const auto& dossier : dossiers) {
    PeriodFigures one;
    if (!add_to_period(one, dossier, from, end, as_of)) continue;
    auto& line = grouped[{dossier.sector_name, dossier.sector_code}]
                        [{dossier.procedure_name, dossier.procedure_code}];
    add_figures(line, one);
  }
  PeriodReport report;
  for (const auto& [sector_key, procedures] : grouped) {
    SectorLines sector{sector_key.second, sector_key.first, {}, {}};
    for (const auto& [procedure_key, figures] : procedures) {
      sector.procedures.push_back({procedure_key.second, procedure_key.first, figures});
      add_figures(sector.figures, figures);
    }
    add_figures(report.total, sector.figures);
    report.sectors.push_back(std::move(sector));
  }
  return report;
}

std::array<long long, kFigureCount> figure_values(const PeriodFigures& f) {
  return {f.to_handle(),      f.carried_over, f.online,          f.offline,
          f.resolved(),       f.early,        f.on_time,         f.late,
          f.closed_otherwise, f.pending(),    f.pending_in_time, f.pending_overdue};
}

std::vector<ReportRow> report_rows(const PeriodReport& report) {
  std::vector<ReportRow> rows;
  int sector_number = 0;
  for (const auto& sector : report.sectors) {
    const auto number = std::to_string(++sector_number);
    rows.push_back({number, sector.name.empty() ? sector.code : sector.name, 0,
                    figure_values(sector.figures)});
    int procedure_number = 0;
    for (const auto& procedure : sector.procedures)
      rows.push_back({number + "." + std::to_string(++procedure_number),
                      procedure.name + " (" + procedure.code + ")", 1,
                      figure_values(procedure.figures)});
  }
  rows.push_back({"", "", 2, figure_values(report.total)});
  return rows;
}

}  // namespace motcua::core
