#pragma once
// The service indices (core/service_indices) of a unit, and of each unit beneath it that handled
// dossiers, over a period of reception: leaders see their own unit's subtree, administrators any
// unit. As figures, as a PDF and (in the web layer) as an Excel table.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/service_indices.hpp"

namespace motcua::app {

struct IndexReportRow {
  std::string code;
  std::string name;
  core::OutcomeCounts counts;
  core::ServiceIndices indices;
};

struct IndexReportDocument {
  core::Unit unit;
  core::LocalDate from{};
  core::LocalDate to{};  // inclusive
  IndexReportRow total;
  std::vector<IndexReportRow> units;  // the competent units, most dossiers first
};

class ServiceIndexReports {
 public:
  explicit ServiceIndexReports(Services& services) : services_(services) {}

  // As UnitDashboard::build: forbidden unless leader or administrator, not_found for a unit
  // outside the caller's, invalid_input for a reversed period or one longer than a year.
  IndexReportDocument build(const Principal& who, const std::string& unit_code,
                            core::LocalDate from, core::LocalDate to);
  // Landscape A4; unavailable without a printer.
  std::string pdf(const IndexReportDocument& document, const std::string& lang);

 private:
  Services& services_;
};

}  // namespace motcua::app
