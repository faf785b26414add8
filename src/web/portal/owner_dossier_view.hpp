#pragma once
// the model of templates/portal/dossier.mustache, the owner's dossier page (requirements
// P13, P5, P11, P4): facts, progress by unit, time used and forecast, documents, messages, results,
// the supplement answer and withdrawal. Pages that post to it re-render it with their messages.
#include <nlohmann/json.hpp>

#include "app/dossier_tracking.hpp"
#include "web/pages/form_view.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

// The dossier of `ref` as its owner sees it; to anyone else it does not exist (404).
app::DossierTracking owner_tracking(PageRequest& page);

// The page, with `messages` keyed by field ("reason", "body", "component:<id>", "comment").
Response owner_dossier_page(PageRequest& page, const app::DossierTracking& tracking,
                            const FieldMessages& messages, int status);

}  // namespace motcua::web::portal
