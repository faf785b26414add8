// Administration of the procedure catalog (requirements B1): the procedures, each one's versions,
// and a form to publish a new version from a date with its name, statutory time, fees and e-form
// fields. The form builds the same record the API takes; the use case checks it.
#include <array>
#include <charconv>

#include "app/administration.hpp"
#include "app/catalog.hpp"
#include "app/errors.hpp"
#include "app/procedure_json.hpp"
#include "app/procedure_versions.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kList = "/mot-cua/quan-tri/thu-tuc";
constexpr int kNewFeeRows = 1;
constexpr std::array kFieldTypes{core::FieldType::text,       core::FieldType::textarea,
                                 core::FieldType::number,     core::FieldType::date,
                                 core::FieldType::email,      core::FieldType::phone,
                                 core::FieldType::citizen_id, core::FieldType::checkbox};

std::string page_of(const std::string& code) { return std::string(kList) + "/" + code; }

long long total_fees(const core::Procedure& p) {
  long long total = 0;
  for (const auto& fee : p.fees) total += fee.amount_vnd;
  return total;
}

Response list_page(PageRequest& page) {
  app::require_admin(page.principal());
  app::ProcedureQuery query;
  query.text = page.http.query_or("q", "");
  query.per_page = 50;
  json rows = json::array();
  for (const auto& hit : app::Catalog(page.context.services).search(query).items)
    rows.push_back({{"code", hit.procedure.code},
                    {"name", hit.procedure.name},
                    {"sector", hit.procedure.sector_name},
                    {"url", page_of(hit.procedure.code)}});
  return render_page(page, "backoffice/procedure_admin_list",
                     {{"title", page.text("bo.procedures.title")},
                      {"nav", "backoffice"},
                      {"q", query.text},
                      {"rows", rows},
                      {"has_rows", !rows.empty()}});
}

json versions_view(PageRequest& page, const std::vector<core::Procedure>& versions,
                   long long in_force) {
  json out = json::array();
  for (const auto& v : versions)
    out.push_back({{"id", v.version_id},
                   {"effective_from", core::format_display_date(v.effective_from)},
                   {"name", v.name},
                   {"duration", v.duration_working_days},
                   {"fees", std::to_string(total_fees(v))},
                   {"fields", v.form.size()},
                   {"in_force", v.version_id == in_force},
                   {"state", page.text(v.version_id == in_force ? "bo.procedures.in_force"
                                                                : "bo.procedures.not_in_force")}});
  return out;
}

json editor_view(PageRequest& page, const core::Procedure& p, bool posted) {
  const auto value = [&](const std::string& name, const std::string& fallback) {
    return posted ? page.field(name) : fallback;
  };
  json fees = json::array();
  const auto rows = p.fees.size() + kNewFeeRows;
  for (std::size_t i = 0; i < rows; ++i) {
    const auto index = std::to_string(i);
    const bool known = i < p.fees.size();
    fees.push_back({{"index", index},
                    {"number", i + 1},
                    {"name", value("fee_name_" + index, known ? p.fees[i].name : "")},
                    {"amount", value("fee_amount_" + index,
                                     known ? std::to_string(p.fees[i].amount_vnd) : "")}});
  }
  json fields = json::array();
  for (const auto& f : p.form)
    fields.push_back({{"name", f.name},
                      {"label", f.label},
                      {"type", core::field_type_name(f.type)},
                      {"required", f.required},
                      {"removed", posted && page.field("remove_" + f.name) == "1"}});
  json types = json::array();
  for (const auto type : kFieldTypes) {
    const std::string name{core::field_type_name(type)};
    types.push_back({{"value", name},
                     {"label", page.text("bo.procedures.type." + name)},
                     {"selected", posted && page.field("new_field_type") == name}});
  }
  return {{"name", value("name", p.name)},
          {"duration", value("duration", std::to_string(p.duration_working_days))},
          {"effective_from",
           value("effective_from",
                 core::format_date(core::to_local(page.context.services.clock.now()).date))},
          {"fees", fees},
          {"fields", fields},
          {"types", types},
          {"new_field_name", value("new_field_name", "")},
          {"new_field_label", value("new_field_label", "")},
          {"new_field_required", posted && page.field("new_field_required") == "1"}};
}

Response procedure_page(PageRequest& page, const FieldMessages& messages, int status) {
  const auto code = page.http.param("code");
  const auto versions = app::ProcedureVersions(page.context.services).list(page.principal(), code);
  const auto in_force = app::Catalog(page.context.services).get(code);
  json errors = json::array();
  for (const auto& [field, text] : messages)
    errors.push_back({{"href", "#p-" + field}, {"text", text}});
  json model{{"title", in_force.name},
             {"nav", "backoffice"},
             {"code", code},
             {"name", in_force.name},
             {"action", page_of(code)},
             {"versions", versions_view(page, versions, in_force.version_id)},
             {"editor", editor_view(page, in_force, status != 200)},
             {"has_errors", !messages.empty()},
             {"errors", errors}};
  for (const auto& [field, text] : messages) model["error_" + field] = text;
  if (page.http.query_or("da-cong-bo", "") == "1")
    model["flash"] = page.text("bo.procedures.published");
  return render_page(page, "backoffice/procedure_admin", std::move(model), status);
}

// The posted form as a version record: the fees typed, the fields kept, the new field if named.
json posted_record(PageRequest& page, const core::Procedure& in_force) {
  json fees = json::array();
  for (std::size_t i = 0; i < in_force.fees.size() + kNewFeeRows; ++i) {
    const auto index = std::to_string(i);
    const auto name = page.field("fee_name_" + index);
    const auto amount = page.field("fee_amount_" + index);
    if (name.empty() && amount.empty()) continue;
    long long vnd = -1;
    std::from_chars(amount.data(), amount.data() + amount.size(), vnd);
    fees.push_back({{"name", name}, {"amount_vnd", vnd}});
  }
  json fields = json::array();
  for (const auto& field : in_force.form)
    if (page.field("remove_" + field.name) != "1") fields.push_back(app::form_field_to_json(field));
  if (!page.field("new_field_name").empty() || !page.field("new_field_label").empty())
    fields.push_back({{"name", page.field("new_field_name")},
                      {"label", page.field("new_field_label")},
                      {"type", page.field("new_field_type")},
                      {"required", page.field("new_field_required") == "1"}});
  int duration = 0;
  const auto text = page.field("duration");
  std::from_chars(text.data(), text.data() + text.size(), duration);
  return {{"effective_from", page.field("effective_from")},
          {"name", page.field("name")},
          {"duration_working_days", duration},
          {"fees", fees},
          {"form", fields}};
}

Response publish(PageRequest& page) {
  const auto code = page.http.param("code");
  try {
    const auto in_force = app::Catalog(page.context.services).get(code);
    app::ProcedureVersions(page.context.services)
        .publish(page.principal(), code, posted_record(page, in_force),
                 client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return procedure_page(page, field_messages(page, error), 400);
  }
  return see_other(page_of(code) + "?da-cong-bo=1");
}

}  // namespace

void register_procedure_admin_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kList, list_page);
  add_page(router, context, Method::get, std::string(kList) + "/{code}",
           [](PageRequest& page) { return procedure_page(page, {}, 200); });
  add_page(router, context, Method::post, std::string(kList) + "/{code}", publish);
}

}  // namespace motcua::web::backoffice
