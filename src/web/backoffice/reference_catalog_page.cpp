// The shared catalogs in the back office (requirements §5 B1): one catalog at a time (sectors,
// document types, fee types) with its items, and a form that adds an item or, opened from a row,
// renames it.
#include "app/errors.hpp"
#include "app/reference_catalogs.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/danh-muc";

core::ReferenceCatalog catalog_of(const PageRequest& page) {
  const auto name =
      page.http.method == Method::post ? page.field("loai") : page.http.query_or("loai", "sector");
  const auto catalog = core::parse_reference_catalog(name);
  if (!catalog) app::throw_not_found("catalog");
  return *catalog;
}

Response catalog_page(PageRequest& page, const FieldMessages& messages, int status) {
  const auto catalog = catalog_of(page);
  const std::string name(core::reference_catalog_name(catalog));
  const auto items = app::ReferenceCatalogs(page.context.services).list(page.principal(), catalog);
  const auto editing = page.http.query_or("ma", "");
  json rows = json::array();
  std::string code = page.field("code");
  std::string label = page.field("name");
  for (const auto& item : items) {
    rows.push_back({{"code", item.code},
                    {"name", item.name},
                    {"edit_url",
                     std::string(kPage) + "?loai=" + name + "&ma=" + item.code + "#catalog-form"}});
    if (item.code == editing && page.http.method == Method::get) {
      code = item.code;
      label = item.name;
    }
  }
  json tabs = json::array();
  for (const auto other : core::kReferenceCatalogs) {
    const std::string other_name(core::reference_catalog_name(other));
    tabs.push_back({{"url", std::string(kPage) + "?loai=" + other_name},
                    {"label", page.text("bo.catalogs." + other_name)},
                    {"current", other == catalog}});
  }
  json model{{"title", page.text("bo.catalogs.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"catalog", name},
             {"catalog_label", page.text("bo.catalogs." + name)},
             {"tabs", tabs},
             {"items", rows},
             {"has_items", !rows.empty()},
             {"code", code},
             {"name", label},
             {"editing", !editing.empty() && page.http.method == Method::get}};
  add_field_errors(model, messages, "catalog-");
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.catalogs.saved");
  return render_page(page, "backoffice/catalogs", std::move(model), status);
}

Response save(PageRequest& page) {
  const auto catalog = catalog_of(page);
  try {
    app::ReferenceCatalogs(page.context.services)
        .save(page.principal(), catalog, {page.field("code"), page.field("name")},
              client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return catalog_page(page, field_messages(page, error), 400);
  }
  return see_other(std::string(kPage) +
                   "?loai=" + std::string(core::reference_catalog_name(catalog)) + "&xong=1");
}

}  // namespace

void register_reference_catalog_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return catalog_page(page, {}, 200); });
  add_page(router, context, Method::post, kPage, save);
}

}  // namespace motcua::web::backoffice
