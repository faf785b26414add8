// The agency tree in the back office (requirements §5 B1): every unit indented beneath its parent,
// with its electronic identifier, and one form that adds a unit or, opened from a row, changes it.
#include "app/errors.hpp"
#include "app/unit_admin.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/don-vi";
constexpr const char* kKinds[] = {"province", "agency", "department", "centre", "commune"};
constexpr const char* kFields[] = {"code", "name", "parent", "kind", "address", "phone", "email"};

std::string code_of(const std::vector<core::Unit>& units, std::optional<long long> id) {
  for (const auto& unit : units)
    if (id && unit.id == *id) return unit.code;
  return "";
}

std::size_t depth_of(const std::vector<core::Unit>& units, const core::Unit& unit) {
  std::size_t depth = 0;
  auto parent = unit.parent_id;
  while (parent && depth < units.size()) {
    ++depth;
    std::optional<long long> next;
    for (const auto& u : units)
      if (u.id == *parent) next = u.parent_id;
    parent = next;
  }
  return depth;
}

// No-break spaces, since HTML folds ordinary ones: three per level beneath the root.
std::string indent(std::size_t depth) {
  std::string out;
  for (std::size_t i = 1; i < depth; ++i) out += "\u00a0\u00a0\u00a0";
  return depth > 0 ? out + "└ " : out;
}

// The form's values: what was posted, else the unit opened with ?ma=, else empty.
json form_values(PageRequest& page, const std::vector<core::Unit>& units) {
  json values = json::object();
  if (page.http.method == Method::post) {
    for (const auto* name : kFields) values[name] = page.field(name);
    values["receives_for_province"] = page.field("receives_for_province") == "1";
    return values;
  }
  const auto wanted = page.http.query_or("ma", "");
  for (const auto& unit : units) {
    if (unit.code != wanted) continue;
    values = {{"code", unit.code},
              {"name", unit.name},
              {"parent", code_of(units, unit.parent_id)},
              {"kind", std::string(core::unit_kind_name(unit.kind))},
              {"address", unit.address},
              {"phone", unit.phone},
              {"email", unit.email},
              {"receives_for_province", unit.receives_for_province},
              {"editing", true}};
  }
  return values;
}

Response units_page(PageRequest& page, const FieldMessages& messages, int status) {
  const auto units = app::UnitAdmin(page.context.services).list(page.principal());
  auto values = form_values(page, units);
  json rows = json::array();
  json parents = json::array({{{"code", ""}, {"label", page.text("bo.units.no_parent")}}});
  for (const auto& unit : units) {
    const auto depth = depth_of(units, unit);
    rows.push_back(
        {{"code", unit.code},
         {"name", unit.name},
         {"indent", indent(depth)},
         {"kind", page.text("bo.units.kind." + std::string(core::unit_kind_name(unit.kind)))},
         {"receives", unit.receives_for_province},
         {"edit_url", std::string(kPage) + "?ma=" + unit.code + "#unit-form"}});
    parents.push_back({{"code", unit.code},
                       {"label", unit.code + " – " + unit.name},
                       {"selected", values.value("parent", "") == unit.code}});
  }
  json kinds = json::array();
  for (const auto* kind : kKinds)
    kinds.push_back({{"value", kind},
                     {"label", page.text(std::string("bo.units.kind.") + kind)},
                     {"selected", values.value("kind", "agency") == kind}});
  json model{{"title", page.text("bo.units.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"units", rows},
             {"parents", parents},
             {"kinds", kinds},
             {"form", values}};
  add_field_errors(model, messages, "unit-");
  for (const auto& [field, text] : messages) model["form"]["error_" + field] = text;
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.units.saved");
  return render_page(page, "backoffice/units", std::move(model), status);
}

Response save(PageRequest& page) {
  const app::UnitInput input{page.field("code"),
                             page.field("name"),
                             page.field("parent"),
                             page.field("kind"),
                             page.field("receives_for_province") == "1",
                             page.field("address"),
                             page.field("phone"),
                             page.field("email")};
  try {
    app::UnitAdmin(page.context.services)
        .save(page.principal(), input, client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return units_page(page, field_messages(page, error), 400);
  }
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_unit_admin_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return units_page(page, {}, 200); });
  add_page(router, context, Method::post, kPage, save);
}

}  // namespace motcua::web::backoffice
