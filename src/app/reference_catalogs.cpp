#include "app/reference_catalogs.hpp"

#include <algorithm>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "core/text.hpp"

namespace motcua::app {

std::vector<core::ReferenceItem> ReferenceCatalogs::list(const Principal& who,
                                                         core::ReferenceCatalog catalog) {
  require_admin(who);
  std::vector<core::ReferenceItem> items;
  services_.store.read([&](Transaction& tx) { items = tx.list_reference_items(catalog); });
  return items;
}

bool ReferenceCatalogs::save(const Principal& who, core::ReferenceCatalog catalog,
                             const core::ReferenceItem& raw, const std::string& ip) {
  require_admin(who);
  const core::ReferenceItem item{core::trim(raw.code), core::trim(raw.name)};
  if (const auto problems = core::reference_item_problems(item); !problems.empty())
    throw_invalid(problems);
  bool created = false;
  services_.store.write([&](Transaction& tx) {
    const auto items = tx.list_reference_items(catalog);
    created = std::none_of(items.begin(), items.end(),
                           [&](const core::ReferenceItem& i) { return i.code == item.code; });
    tx.upsert_reference_item(catalog, item);
    tx.append_audit(AuditEntry{
        services_.clock.now(), who.user.username,
        std::string(core::reference_catalog_name(catalog)) + (created ? "_created" : "_renamed"),
        item.code, item.name, ip});
  });
  return created;
}

}  // namespace motcua::app
