// The administrative-unit catalog in the back office (requirements §5 B6): the provinces and
// centrally-run cities, then one province's communes, wards and special zones; a form that adds a
// unit or, opened from a row, renames or moves it; a unit's history of names; and the import of a
// whole catalog file after a reorganisation.
#include "app/admin_unit_admin.hpp"
#include "app/admin_units.hpp"
#include "app/errors.hpp"
#include "core/time.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/don-vi-hanh-chinh";
constexpr const char* kImport = "/mot-cua/quan-tri/don-vi-hanh-chinh/nhap";
constexpr const char* kKinds[] = {"city", "province", "ward", "commune", "special_zone"};
constexpr std::size_t kShownImportProblems = 20;

std::string kind_label(const PageRequest& page, core::AdminUnitKind kind) {
  return page.text("bo.admin_units.kind." + std::string(core::admin_unit_kind_name(kind)));
}

std::string page_url(const std::string& province, const std::string& rest = "") {
  std::string url = kPage;
  if (!province.empty()) url += "?tinh=" + province;
  if (!rest.empty()) url += (province.empty() ? "?" : "&") + rest;
  return url;
}

// The form's values: what was posted, else the unit opened with ?ma=, else a new unit of the list.
json form_values(PageRequest& page, const std::string& province) {
  if (page.http.method == Method::post && page.http.path == kPage)
    return {{"code", page.field("code")},
            {"name", page.field("name")},
            {"kind", page.field("kind")},
            {"parent", page.field("parent")}};
  const auto wanted = page.http.query_or("ma", "");
  if (!wanted.empty()) {
    if (const auto unit = app::AdminUnits(page.context.services).find(wanted))
      return {{"code", unit->code},
              {"name", unit->name},
              {"kind", std::string(core::admin_unit_kind_name(unit->kind))},
              {"parent", unit->parent_code},
              {"editing", true}};
  }
  return {{"kind", province.empty() ? "province" : "commune"}, {"parent", province}};
}

json unit_rows(PageRequest& page, const std::vector<core::AdminUnit>& units,
               const std::string& province) {
  json rows = json::array();
  for (const auto& unit : units) {
    rows.push_back(
        {{"code", unit.code},
         {"name", unit.name},
         {"kind", kind_label(page, unit.kind)},
         {"units_url", province.empty() ? page_url(unit.code) : ""},
         {"edit_url", page_url(province, "ma=" + unit.code) + "#admin-unit-form"},
         {"history_url", page_url(province, "lich-su=" + unit.code) + "#admin-unit-history"}});
  }
  return rows;
}

json history_model(PageRequest& page, const std::string& code) {
  const auto changes = app::AdminUnitAdmin(page.context.services).history(page.principal(), code);
  json rows = json::array();
  for (const auto& change : changes) {
    rows.push_back({{"at", core::format_display(change.at)},
                    {"by", change.by},
                    {"name", change.name},
                    {"previous_name", change.previous_name},
                    {"parent", change.parent_code},
                    {"previous_parent", change.previous_parent_code},
                    {"moved", change.parent_code != change.previous_parent_code &&
                                  !change.previous_name.empty()}});
  }
  return {{"code", code}, {"changes", rows}, {"has_changes", !rows.empty()}};
}

json choices(PageRequest& page, const std::vector<core::AdminUnit>& provinces, const json& values) {
  json parents = json::array({{{"code", ""}, {"label", page.text("bo.admin_units.no_parent")}}});
  for (const auto& province : provinces)
    parents.push_back({{"code", province.code},
                       {"label", province.code + " – " + province.name},
                       {"selected", values.value("parent", "") == province.code}});
  json kinds = json::array();
  for (const auto* kind : kKinds)
    kinds.push_back({{"value", kind},
                     {"label", page.text(std::string("bo.admin_units.kind.") + kind)},
                     {"selected", values.value("kind", "") == kind}});
  return {{"parents", parents}, {"kinds", kinds}};
}

Response catalog_page(PageRequest& page, const FieldMessages& messages, int status,
                      const json& import_problems = json::array()) {
  app::AdminUnitAdmin admin(page.context.services);
  const auto provinces = admin.list(page.principal(), "");
  auto province = page.http.query_or("tinh", "");
  const auto current = std::find_if(provinces.begin(), provinces.end(),
                                    [&](const core::AdminUnit& p) { return p.code == province; });
  if (!province.empty() && current == provinces.end()) app::throw_not_found("admin_unit");
  const auto units = province.empty() ? provinces : admin.list(page.principal(), province);
  auto values = form_values(page, province);
  for (const auto& [field, text] : messages) values["error_" + field] = text;
  json model{{"title", page.text("bo.admin_units.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"province", province},
             {"province_name", current == provinces.end() ? "" : current->name},
             {"units", unit_rows(page, units, province)},
             {"has_units", !units.empty()},
             {"form", values},
             {"import_problems", import_problems},
             {"has_import_problems", !import_problems.empty()}};
  model.update(choices(page, provinces, values));
  if (const auto code = page.http.query_or("lich-su", ""); !code.empty())
    model["history"] = history_model(page, code);
  add_field_errors(model, messages, "admin-unit-");
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.admin_units.saved");
  if (page.http.query_or("nhap", "") == "1")
    model["flash"] =
        page.context.translations.format(page.lang(), "bo.admin_units.imported",
                                         {{"created", page.http.query_or("moi", "0")},
                                          {"changed", page.http.query_or("doi", "0")},
                                          {"unchanged", page.http.query_or("giu", "0")}});
  return render_page(page, "backoffice/admin_units", std::move(model), status);
}

Response save(PageRequest& page) {
  const app::AdminUnitInput input{page.field("code"), page.field("name"), page.field("kind"),
                                  page.field("parent")};
  try {
    const auto saved = app::AdminUnitAdmin(page.context.services)
                           .save(page.principal(), input, client_address(page.context, page.http));
    return see_other(page_url(saved.unit.parent_code, "xong=1"));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return catalog_page(page, field_messages(page, error), 400);
  }
}

// "units[2].parent" as the administrator reads it: "Unit 3 in the file, In province or city".
std::string file_place(const PageRequest& page, const std::string& where) {
  const auto open = where.find('[');
  const auto close = where.find("].");
  if (open == std::string::npos || close == std::string::npos) return where;
  const auto index = std::stoul(where.substr(open + 1, close - open - 1));
  return page.context.translations.format(
      page.lang(), "bo.admin_units.file_entry",
      {{"n", std::to_string(index + 1)},
       {"field", page.text("bo.admin_units." + where.substr(close + 2))}});
}

// Each wrong unit of the file with its message, at most kShownImportProblems.
json import_problem_list(const PageRequest& page, const app::AppError& error) {
  json list = json::array();
  for (const auto& [where, key] : error.fields()) {
    if (where == "file" || list.size() >= kShownImportProblems) continue;
    list.push_back({{"where", file_place(page, where)}, {"text", page.text(key)}});
  }
  return list;
}

Response import_file(PageRequest& page) {
  const auto* file = page.form.file("file");
  try {
    if (file == nullptr) app::throw_invalid({{"file", "error.required"}});
    const auto summary =
        app::AdminUnitAdmin(page.context.services)
            .import_file(page.principal(), file->data, client_address(page.context, page.http));
    return see_other(page_url("", "nhap=1&moi=" + std::to_string(summary.created) +
                                      "&doi=" + std::to_string(summary.changed) +
                                      "&giu=" + std::to_string(summary.unchanged)));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    const auto problems = import_problem_list(page, error);
    const auto file_key =
        error.fields().count("file") ? error.fields().at("file") : "error.admin_unit_file_units";
    return catalog_page(page, {{"file", page.text(file_key)}}, 400, problems);
  }
}

}  // namespace

void register_admin_unit_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return catalog_page(page, {}, 200); });
  add_page(router, context, Method::post, kPage, save);
  add_page(router, context, Method::post, kImport, import_file);
}

}  // namespace motcua::web::backoffice
