#include "app/dossier_scans.hpp"

#include <algorithm>

#include "app/dossier_flow.hpp"

namespace motcua::app {
namespace {

bool scannable(core::Status status) {
  return status == core::Status::received || status == core::Status::processing ||
         status == core::Status::supplement_requested;
}

}  // namespace

bool may_scan(const User& viewer, const core::Dossier& dossier,
              const std::vector<core::Unit>& units) {
  return viewer.is_official() &&
         official_serves_side(viewer, dossier, core::Side::reception, units) &&
         scannable(dossier.lifecycle.status);
}

StoredFile DossierScans::add(const Principal& who, const std::string& code, const Upload& upload) {
  StoredFile stored;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = tx.find_dossier_by_code(code);
    const auto units = tx.list_units();
    if (!dossier || !may_view(who.user, *dossier, units)) throw_not_found("dossier");
    if (!who.user.is_official() ||
        !official_serves_side(who.user, *dossier, core::Side::reception, units))
      throw_forbidden();
    if (!may_scan(who.user, *dossier, units))
      throw AppError(ErrorKind::conflict, "transition_not_allowed", "error.transition_not_allowed");
    const auto procedure = tx.find_procedure_version(dossier->procedure_version_id).value();
    const bool known = std::any_of(procedure.components.begin(), procedure.components.end(),
                                   [&](const auto& c) { return c.id == upload.component_id; });
    if (!known) throw_invalid({{"component_id", "error.option"}});
    stored =
        DossierUploads(services_).store_within(tx, who, *dossier, {upload}, kScanPurpose).front();
  });
  return stored;
}

}  // namespace motcua::app
