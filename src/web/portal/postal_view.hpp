#pragma once
// The owner's postal panel: a pickup of the paper dossier offered while papers are expected, and
// the tracking of every order with VNPost.
#include <nlohmann/json.hpp>

#include "app/dossier_detail.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

nlohmann::json postal_view(PageRequest& page, const app::DossierDetail& detail,
                           const std::string& error);

}  // namespace motcua::web::portal
