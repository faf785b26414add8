#pragma once
// How a page shows the eSign signature of a dossier's declaration (requirements P8): who signed,
// when, and whether it still covers the dossier and checks.
#include <nlohmann/json.hpp>

#include "app/declaration_signing.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web {

// {"signed", "covers", "valid", "signer", "signed_at", "digest", "status"}: `status` is the
// sentence the page prints.
nlohmann::json declaration_view(const PageRequest& page, const app::DeclarationState& state);

}  // namespace motcua::web
