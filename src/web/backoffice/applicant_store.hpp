#pragma once
// The dossier page's panel on the applicant's personal document store (requirements §13.8): what
// the applicant filed before, each opened through a route that logs the reading.
#include <nlohmann/json.hpp>
#include <string>

#include "web/http/router.hpp"
#include "web/pages/page_support.hpp"
#include "web/web_context.hpp"

namespace motcua::web::backoffice {

// {"documents": [{name, url, source, dossier, size}], "any"}; empty when the applicant has no
// account of their own.
nlohmann::json applicant_store_view(PageRequest& page, const std::string& code);

void register_applicant_store_pages(Router& router, WebContext& context);

}  // namespace motcua::web::backoffice
