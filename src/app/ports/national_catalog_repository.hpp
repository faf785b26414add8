#pragma once
// The last snapshot of the national procedure catalog and the syncs that took it.
#include <optional>
#include <vector>

#include "core/national_procedure.hpp"
#include "core/time.hpp"

namespace motcua::app {

struct CatalogSyncRecord {
  core::Instant at{};
  int procedures = 0;  // in the snapshot it left
  int changed = 0;     // new or different since the snapshot before
  int removed = 0;     // no longer published
  int rejected = 0;    // malformed entries left out
};

class NationalCatalogRepository {
 public:
  virtual ~NationalCatalogRepository() = default;

  // Makes `procedures` the snapshot, fetched at `record.at`: codes no longer published go, each
  // code keeps the time it last changed. Records the sync with its counts and returns them.
  virtual CatalogSyncRecord replace_national_catalog(
      const std::vector<core::NationalProcedure>& procedures, CatalogSyncRecord record) = 0;
  // The snapshot, in code order.
  virtual std::vector<core::NationalProcedure> list_national_catalog() = 0;
  virtual std::optional<CatalogSyncRecord> last_catalog_sync() = 0;
};

}  // namespace motcua::app
