#pragma once
// The catalog's procedures as the options of a <select>, "code – name", the chosen one marked.
#include <nlohmann/json.hpp>
#include <string>

#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {

nlohmann::json procedure_options(PageRequest& page, const std::string& chosen);

}  // namespace motcua::web::backoffice
