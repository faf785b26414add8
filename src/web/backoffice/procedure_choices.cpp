#include "web/backoffice/procedure_choices.hpp"

#include "app/catalog.hpp"

namespace motcua::web::backoffice {

nlohmann::json procedure_options(PageRequest& page, const std::string& chosen) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& p : app::Catalog(page.context.services).all())
    options.push_back(
        {{"value", p.code}, {"label", p.code + " – " + p.name}, {"selected", p.code == chosen}});
  return options;
}

}  // namespace motcua::web::backoffice
