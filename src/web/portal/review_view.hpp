#pragma once
// The review page's view of a draft (requirements P4): every visible answer in words, grouped in
// the sections of the form with a link back to each, and the files of every component.
#include <nlohmann/json.hpp>
#include <string>

#include "app/admin_units.hpp"
#include "app/dossier_detail.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

nlohmann::json review_view(const views::Translations& translations, const std::string& lang,
                           const app::DossierDetail& detail, const app::AddressChoices& names);

}  // namespace motcua::web
