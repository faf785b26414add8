#pragma once
// The shared catalogs (core/reference_catalog): sectors live with the procedures that name them,
// document and fee types in a list of their own.
#include <vector>

#include "core/reference_catalog.hpp"

namespace motcua::app {

class ReferenceRepository {
 public:
  virtual ~ReferenceRepository() = default;
  // By name, then code.
  virtual std::vector<core::ReferenceItem> list_reference_items(core::ReferenceCatalog catalog) = 0;
  // Adds the item or renames the one with its code.
  virtual void upsert_reference_item(core::ReferenceCatalog catalog,
                                     const core::ReferenceItem& item) = 0;
};

}  // namespace motcua::app
