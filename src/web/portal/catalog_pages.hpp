#pragma once
// The catalog's page for other route groups: what a local filing route shows in a deployment
// whose citizens file on the national portal (requirements §13.6).
#include "core/procedure.hpp"
#include "web/http/message.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

// 409 page explaining that the procedure is filed on the national portal, with a link to it.
Response national_portal_page(PageRequest& page, const core::Procedure& procedure);

}  // namespace motcua::web::portal
