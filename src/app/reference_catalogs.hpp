#pragma once
// The shared catalogs kept by administrators (core/reference_catalog): listed, added to and
// renamed item by item, each change audited.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/reference_catalog.hpp"

namespace motcua::app {

class ReferenceCatalogs {
 public:
  explicit ReferenceCatalogs(Services& services) : services_(services) {}

  // Administrators only (403 otherwise).
  std::vector<core::ReferenceItem> list(const Principal& who, core::ReferenceCatalog catalog);
  // 400 naming each wrong field. True when the code is new.
  bool save(const Principal& who, core::ReferenceCatalog catalog, const core::ReferenceItem& item,
            const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
