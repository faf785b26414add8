#pragma once
// What the periodic reports read: every dossier of some units that was received before the end of
// a period and not finished before its start.
#include <vector>

#include "core/period_report.hpp"

namespace motcua::app {

class ReportRepository {
 public:
  virtual ~ReportRepository() = default;
  // Dossiers whose competent or receiving unit is one of `unit_ids`, received before `before` and
  // neither resolved nor closed before `from`.
  virtual std::vector<core::ReportedDossier> list_reported_dossiers(
      const std::vector<long long>& unit_ids, core::Instant from, core::Instant before) = 0;
};

}  // namespace motcua::app
