#pragma once
// the back-office dossier page's panels for the applicant's side of a dossier: the
// messages with a reply form (requirements P5), the result files with an upload form once the
// dossier is settled (P11), and the link to print form 01 as issued.
#include <nlohmann/json.hpp>

#include "app/dossier_tracking.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {

// Model keys: chat, has_chat, reply, results, has_results, result_upload, form_01_url, panel_flash.
// `messages` holds the per-field messages of a failed post ("body", "file").
nlohmann::json tracking_panels_view(PageRequest& page, const app::DossierTracking& tracking,
                                    const FieldMessages& messages);

// The dossier page again with a panel's messages (dossier_page.cpp).
Response backoffice_dossier_page(PageRequest& page, const FieldMessages& panel_messages,
                                 int status);

void register_tracking_panels(Router& router, WebContext& context);

}  // namespace motcua::web::backoffice
