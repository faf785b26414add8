#pragma once
#include <vector>

#include "app/dossier_detail.hpp"
#include "app/services.hpp"
#include "web/backoffice/action_forms.hpp"

namespace motcua::web::backoffice {

// Who a dossier may be forwarded to: the competent unit and the units below it, then their active
// officials other than the one forwarding (the same scope OfficialWork checks).
std::vector<ForwardTarget> forward_targets(app::Services& services,
                                           const app::DossierDetail& detail,
                                           const app::User& forwarding);

}  // namespace motcua::web::backoffice
