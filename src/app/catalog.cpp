#include "app/catalog.hpp"

#include <algorithm>

#include "app/errors.hpp"

namespace motcua::app {

Page<ProcedureHit> Catalog::search(ProcedureQuery query) {
  query.page = std::max(1, query.page);
  query.per_page = std::clamp(query.per_page, 1, 100);
  if (query.text.size() > 200) throw_invalid({{"q", "error.too_long"}});
  Page<ProcedureHit> page;
  services_.store.read([&](Transaction& tx) { page = tx.search_procedures(query); });
  return page;
}

core::Procedure Catalog::get(const std::string& code) {
  std::optional<core::Procedure> procedure;
  services_.store.read([&](Transaction& tx) { procedure = tx.find_procedure(code); });
  if (!procedure) throw_not_found("procedure");
  return *procedure;
}

CatalogFilters Catalog::filters() {
  CatalogFilters filters;
  services_.store.read([&](Transaction& tx) {
    filters.sectors = tx.list_sectors();
    // Agencies and communes are the units a procedure can name as competent.
    for (auto& unit : tx.list_units()) {
      if (unit.kind == core::UnitKind::agency || unit.kind == core::UnitKind::commune)
        filters.agencies.push_back(std::move(unit));
    }
  });
  return filters;
}

}  // namespace motcua::app
