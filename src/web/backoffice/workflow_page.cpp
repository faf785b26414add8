// The administrators' workflow editor (requirements §5 B3): a procedure's steps as one form, a row
// per step (number, name, unit, role, budget in working hours or days, the steps it waits for) and
// spare rows to add more; saving makes a new version of the procedure from the chosen date.
#include "app/errors.hpp"
#include "app/procedure_workflows.hpp"
#include "app/workflow_json.hpp"
#include "core/text.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/backoffice/procedure_choices.hpp"
#include "web/caller.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr int kSpareRows = 2;
constexpr int kMaxRows = 30;
const char* const kRoles[] = {"reception", "specialist", "leader"};

std::string row_field(int row, const char* name) {
  return "buoc-" + std::to_string(row) + "-" + name;
}

json options(const std::vector<std::pair<std::string, std::string>>& choices,
             const std::string& chosen) {
  json out = json::array();
  for (const auto& [value, label] : choices)
    out.push_back({{"value", value}, {"label", label}, {"selected", value == chosen}});
  return out;
}

std::string action_text(const std::vector<core::Action>& actions) {
  std::string text;
  for (const auto action : actions)
    text += (text.empty() ? "" : ",") + std::string(core::action_name(action));
  return text;
}

json action_list(const std::string& text) {
  json names = json::array();
  std::string part;
  for (const char c : text + ",") {
    if (c != ',') {
      part.push_back(c);
    } else if (!part.empty()) {
      names.push_back(part);
      part.clear();
    }
  }
  return names;
}

std::string after_text(const std::vector<int>& after) {
  std::string text;
  for (const int seq : after) text += (text.empty() ? "" : ", ") + std::to_string(seq);
  return text;
}

// One row of the form: from the saved step, from what was posted, or blank.
struct Row {
  std::string seq, name, unit, role, budget, budget_unit, after;
  std::string actions;  // the dossier actions the step lists, carried through the form unchanged
};

Row posted_row(const PageRequest& page, int row) {
  return {page.field(row_field(row, "so")),       page.field(row_field(row, "ten")),
          page.field(row_field(row, "don-vi")),   page.field(row_field(row, "vai-tro")),
          page.field(row_field(row, "thoi-han")), page.field(row_field(row, "don-vi-thoi-han")),
          page.field(row_field(row, "sau")),      page.field(row_field(row, "thao-tac"))};
}

json row_view(PageRequest& page, int index, const Row& row,
              const std::vector<std::pair<std::string, std::string>>& units) {
  std::vector<std::pair<std::string, std::string>> roles;
  for (const char* role : kRoles) roles.emplace_back(role, page.text(std::string("role.") + role));
  return {{"index", index},
          {"seq", row.seq},
          {"name", row.name},
          {"units", options(units, row.unit)},
          {"roles", options(roles, row.role.empty() ? "specialist" : row.role)},
          {"budget", row.budget},
          {"budget_units", options({{"working_hours", page.text("bo.workflow.hours")},
                                    {"working_days", page.text("bo.workflow.days")}},
                                   row.budget_unit.empty() ? "working_days" : row.budget_unit)},
          {"after", row.after},
          {"actions", row.actions}};
}

json editor_model(PageRequest& page, const std::string& code, const std::vector<Row>& rows) {
  const auto& who = page.principal();
  app::ProcedureWorkflows workflows(page.context.services);
  std::vector<std::pair<std::string, std::string>> units{{"", ""}};
  for (const auto& unit : workflows.units(who))
    units.emplace_back(unit.code, unit.code + " – " + unit.name);
  json model{{"title", page.text("bo.workflow.title")},
             {"nav", "backoffice"},
             {"procedures", procedure_options(page, code)},
             {"csrf", page.csrf_token()}};
  if (code.empty()) return model;
  const auto current = workflows.in_force(who, code);
  model["code"] = code;
  model["in_force_from"] = core::format_display_date(current.effective_from);
  model["effective_from"] =
      page.field("hieu-luc").empty()
          ? core::format_date(core::to_local(page.context.services.clock.now()).date)
          : page.field("hieu-luc");
  json views = json::array();
  for (std::size_t i = 0; i < rows.size(); ++i)
    views.push_back(row_view(page, static_cast<int>(i) + 1, rows[i], units));
  model["rows"] = views;
  model["row_count"] = rows.size();
  return model;
}

std::vector<Row> saved_rows(PageRequest& page, const std::string& code) {
  std::vector<Row> rows;
  if (code.empty()) return rows;
  for (const auto& step :
       app::ProcedureWorkflows(page.context.services).in_force(page.principal(), code).steps)
    rows.push_back({std::to_string(step.seq), step.name, step.unit_code,
                    std::string(core::role_name(step.role)), std::to_string(step.budget),
                    std::string(core::budget_unit_name(step.budget_unit)), after_text(step.after),
                    action_text(step.actions)});
  for (int i = 0; i < kSpareRows; ++i) rows.push_back({});
  return rows;
}

Response editor_page(PageRequest& page) {
  const auto code = core::trim(page.http.query_or("thu-tuc", ""));
  auto model = editor_model(page, code, saved_rows(page, code));
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.workflow.saved");
  return render_page(page, "backoffice/workflow", std::move(model));
}

// "1, 2" → [1, 2]; nullopt when a part is not a step number.
std::optional<std::vector<int>> parse_after(const std::string& text) {
  std::vector<int> after;
  std::string part;
  for (const char c : text + ",") {
    if (c != ',') {
      if (c != ' ') part.push_back(c);
      continue;
    }
    if (part.empty()) continue;
    if (part.size() > 3 || part.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
    after.push_back(std::stoi(part));
    part.clear();
  }
  return after;
}

std::optional<int> small_number(const std::string& text) {
  if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(text);
}

// The posted rows as the workflow_json shape; blank rows and rows marked for removal are left out.
json steps_of(const PageRequest& page, const std::vector<Row>& rows, FieldMessages& messages) {
  json steps = json::array();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const auto& row = rows[i];
    if (!page.field(row_field(index, "xoa")).empty()) continue;
    if (row.name.empty() && row.unit.empty() && row.budget.empty()) continue;
    const auto seq = small_number(row.seq);
    const auto budget = small_number(row.budget);
    const auto after = parse_after(row.after);
    if (!seq) messages[row_field(index, "so")] = page.text("bo.workflow.error.seq");
    if (row.name.empty()) messages[row_field(index, "ten")] = page.text("error.required");
    if (row.unit.empty()) messages[row_field(index, "don-vi")] = page.text("error.required");
    if (!budget) messages[row_field(index, "thoi-han")] = page.text("bo.workflow.error.budget");
    if (!after) messages[row_field(index, "sau")] = page.text("bo.workflow.error.after");
    if (!seq || !budget || !after) continue;
    steps.push_back({{"seq", *seq},
                     {"name", row.name},
                     {"unit", row.unit},
                     {"role", row.role},
                     {"budget", *budget},
                     {"budget_unit", row.budget_unit},
                     {"after", *after},
                     {"actions", action_list(row.actions)}});
  }
  return steps;
}

json summary(const FieldMessages& messages) {
  json errors = json::array();
  for (const auto& [field, text] : messages)
    errors.push_back({{"href", "#f-" + field}, {"text", text}});
  return errors;
}

Response save_workflow(PageRequest& page) {
  const auto code = page.field("procedure_code");
  const auto count =
      std::clamp(static_cast<int>(small_number(page.field("so-dong")).value_or(0)), 0, kMaxRows);
  std::vector<Row> rows;
  for (int i = 1; i <= count; ++i) rows.push_back(posted_row(page, i));
  FieldMessages messages;
  auto steps = steps_of(page, rows, messages);
  if (messages.empty()) {
    try {
      app::ProcedureWorkflows(page.context.services)
          .save(page.principal(), code, page.field("hieu-luc"), steps,
                client_address(page.context, page.http));
      return see_other("/mot-cua/quy-trinh?thu-tuc=" + code + "&xong=1");
    } catch (const app::AppError& error) {
      if (error.kind() != app::ErrorKind::invalid_input) throw;
      for (const auto& [field, key] : error.fields())
        messages[field == "effective_from" ? "hieu-luc" : "steps"] = page.text(key);
    }
  }
  auto model = editor_model(page, code, rows);
  model["errors"] = summary(messages);
  model["has_errors"] = true;
  json invalid = json::object();
  for (const auto& [field, text] : messages) invalid[field] = text;
  model["invalid"] = invalid;
  return render_page(page, "backoffice/workflow", std::move(model), 400);
}

}  // namespace

void register_workflow_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/mot-cua/quy-trinh", editor_page);
  add_page(router, context, Method::post, "/mot-cua/quy-trinh", save_workflow);
}

}  // namespace motcua::web::backoffice
