#pragma once
// The procedure catalog against the national one (requirements §9.2, B1): the national catalog is
// read from the national portal and kept as a snapshot, and each procedure is reported matched,
// differing, missing here or absent nationally. Local procedures are never changed: their
// versions are the administrators' to make. Every read of the national catalog is logged.
#include <map>
#include <optional>
#include <vector>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/services.hpp"
#include "core/catalog_comparison.hpp"

namespace motcua::app {

// The comparison's rows point into `national` and `local`: a report moves, it is never copied.
struct CatalogReport {
  CatalogReport() = default;
  CatalogReport(CatalogReport&&) = default;
  CatalogReport& operator=(CatalogReport&&) = default;
  CatalogReport(const CatalogReport&) = delete;
  CatalogReport& operator=(const CatalogReport&) = delete;

  std::optional<CatalogSyncRecord> last_sync;
  std::vector<core::NationalProcedure> national;
  std::vector<core::Procedure> local;
  std::vector<core::CatalogComparison> rows;  // of the state asked for, or all
  std::map<core::CatalogState, int> counts;   // every state, whatever was asked for
};

class CatalogSync {
 public:
  explicit CatalogSync(Services& services) : services_(services) {}

  // The periodic pass: false when the national catalog could not be read (the snapshot stays).
  bool run();
  // An administrator's "sync now", then the report. 503 when the national portal is not
  // connected or does not answer, 502 when its answer is not a catalog; the snapshot stays.
  CatalogReport run_now(const Principal& who);
  // The last snapshot against the local catalog as it is now (administrators).
  CatalogReport report(const Principal& who, std::optional<core::CatalogState> state = {});

 private:
  // Reads and stores the national catalog, logging the exchange; the failure, if any.
  std::optional<AppError> fetch_and_store(const std::string& actor);
  CatalogReport build(std::optional<core::CatalogState> state);

  Services& services_;
};

}  // namespace motcua::app
