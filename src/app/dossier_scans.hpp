#pragma once
// Digitisation at the desk (số hóa, requirements §13.8; Decree 118/2025 Art 8): the papers of a
// dossier taken in at the counter or by post are scanned into it, per component, by an official of
// the receiving desk, and marked as digitised copies.
#include <string>

#include "app/accounts.hpp"
#include "app/dossier_uploads.hpp"
#include "app/services.hpp"

namespace motcua::app {

inline constexpr const char* kScanPurpose = "scan";

// Whether `viewer` may scan papers into `dossier` now (an official of its receiving desk, while it
// is received, in processing or waiting for papers).
bool may_scan(const User& viewer, const core::Dossier& dossier,
              const std::vector<core::Unit>& units);

class DossierScans {
 public:
  explicit DossierScans(Services& services) : services_(services) {}

  // Errors: not_found (cannot see the dossier), forbidden (not an official of the receiving desk),
  // conflict (not received, in processing or waiting for papers), invalid_input "component_id"
  // (not a component of its procedure) or "file", too_large.
  StoredFile add(const Principal& who, const std::string& code, const Upload& upload);

 private:
  Services& services_;
};

}  // namespace motcua::app
