// The shared catalogs: sectors in the table the procedures fill, the others in reference_items.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

std::vector<core::ReferenceItem> SqlTransaction::list_reference_items(
    core::ReferenceCatalog catalog) {
  std::vector<core::ReferenceItem> items;
  const auto rows = catalog == core::ReferenceCatalog::sector
                        ? db_.query("SELECT code, name FROM sectors ORDER BY name, code", {})
                        : db_.query(
                              "SELECT code, name FROM reference_items WHERE catalog = $1 "
                              "ORDER BY name, code",
                              {std::string(core::reference_catalog_name(catalog))});
  for (const auto& row : rows) items.push_back({row.text(0), row.text(1)});
  return items;
}

void SqlTransaction::upsert_reference_item(core::ReferenceCatalog catalog,
                                           const core::ReferenceItem& item) {
  if (catalog == core::ReferenceCatalog::sector) {
    db_.exec(
        "INSERT INTO sectors (code, name) VALUES ($1, $2) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
        {item.code, item.name});
    return;
  }
  db_.exec(
      "INSERT INTO reference_items (catalog, code, name) VALUES ($1, $2, $3) "
      "ON CONFLICT (catalog, code) DO UPDATE SET name = excluded.name",
      {std::string(core::reference_catalog_name(catalog)), item.code, item.name});
}

}  // namespace motcua::store::sql
