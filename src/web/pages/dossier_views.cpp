#include "web/pages/dossier_views.hpp"

#include <algorithm>

#include "app/bounded_json.hpp"
#include "app/form_json.hpp"
#include "core/byte_size.hpp"
#include "core/deadline.hpp"
#include "web/json_views.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

// Comments a citizen reads: the reasons given to them. Forwarding notes and approval comments are
// the agency's internal working and stay in the back office.
bool comment_is_public(const std::string& action) {
  static const std::vector<std::string> kPublic{
      "refuse", "request-supplement", "answer-supplement", "withdraw",
      "stop",   "apologize",          "return-result"};
  return std::find(kPublic.begin(), kPublic.end(), action) != kPublic.end();
}

// An address is shown in the words it was given at submission.
std::string scalar_text(const json& value) {
  return value.is_object() ? value.value("text", "") : app::answer_text(value);
}

std::string option_label(const core::FormField& field, const std::string& value) {
  for (const auto& option : field.options) {
    if (option.value == value) return option.label;
  }
  return value;
}

std::string answer_text(const views::Translations& translations, const std::string& lang,
                        const core::FormField& field, const std::string& value) {
  switch (field.type) {
    case core::FieldType::select:
    case core::FieldType::radio:
      return option_label(field, value);
    case core::FieldType::date: {
      // The form stores ISO dates; people read them day first.
      auto date = core::parse_date(value);
      return date ? core::format_display_date(*date) : value;
    }
    case core::FieldType::checkbox:
      return value == "true" || value == "on" || value == "1" ? translations.text(lang, "form.yes")
                                                              : "";
    default:
      return value;
  }
}

json rows_answer(const views::Translations& translations, const std::string& lang,
                 const core::FormField& field, const json& value) {
  json columns = json::array();
  for (const auto& column : field.columns) columns.push_back({{"label", column.label}});
  json rows = json::array();
  for (const auto& row : value.is_array() ? value : json::array()) {
    json cells = json::array();
    for (const auto& column : field.columns) {
      const auto text =
          row.is_object() && row.contains(column.name) ? scalar_text(row[column.name]) : "";
      cells.push_back({{"text", answer_text(translations, lang, column, text)}});
    }
    rows.push_back({{"cells", cells}});
  }
  return {{"columns", columns}, {"rows", rows}, {"has_rows", !rows.empty()}};
}

}  // namespace

std::string display_time(const std::optional<core::Instant>& at) {
  return at ? core::format_display(*at) : "";
}

std::string display_iso(const json& iso) {
  if (!iso.is_string()) return "";
  return display_time(core::parse_iso(iso.get<std::string>()));
}

const std::string& status_label(const views::Translations& translations, const std::string& lang,
                                core::Status status) {
  return translations.text(lang, "portal.status." + std::string(core::status_key(status)));
}

json status_view(const views::Translations& translations, const std::string& lang,
                 core::Status status) {
  const std::string key(core::status_key(status));
  json::object_t view;
  view.emplace("code", core::status_code(status));
  view.emplace("key", key);
  view.emplace("label", status_label(translations, lang, status));
  view.emplace("css", "status status-" + key);
  return view;
}

json dossier_row_view(const views::Translations& translations, const std::string& lang,
                      const core::Dossier& dossier, core::Instant now) {
  auto row = dossier_summary_json(dossier);
  row["status"] = status_view(translations, lang, dossier.lifecycle.status);
  row["is_draft"] = dossier.lifecycle.status == core::Status::draft;
  for (const char* key : {"submitted_at", "received_at", "due_at", "returned_at"}) {
    row[std::string(key) + "_display"] = display_iso(row[key]);
  }
  row["updated_at_display"] = display_time(dossier.updated_at);
  const auto status = dossier.lifecycle.status;
  row["overdue"] = !core::is_terminal(status) && status != core::Status::resolved &&
                   core::is_overdue(dossier.clock, now);
  return row;
}

json form_data_view(const views::Translations& translations, const std::string& lang,
                    const std::vector<core::FormField>& fields, const json& form) {
  json items = json::array();
  for (const auto& field : fields) {
    if (field.type == core::FieldType::file) continue;
    const json value = form.is_object() && form.contains(field.name) ? form[field.name] : json();
    // A conditional field left empty was not shown to the applicant (its condition did not hold).
    if (!field.visible_if.empty() && scalar_text(value).empty() && !value.is_array()) continue;
    json item{{"label", field.label}, {"is_rows", field.type == core::FieldType::rows}};
    if (field.type == core::FieldType::rows) {
      item["table"] = rows_answer(translations, lang, field, value);
    } else {
      item["text"] = answer_text(translations, lang, field, scalar_text(value));
    }
    items.push_back(item);
  }
  return items;
}

json files_view(const std::vector<app::StoredFile>& files, const core::Procedure& procedure) {
  json out = json::array();
  for (const auto& file : files) {
    std::string component = file.component_id;
    for (const auto& c : procedure.components) {
      if (c.id == file.component_id) component = c.name;
    }
    out.push_back(
        {{"id", file.id},
         {"name", file.original_name.empty() ? file.sha256.substr(0, 12) : file.original_name},
         {"component", component},
         {"purpose", file.purpose},
         {"digitised", file.purpose == "scan"},
         {"size", core::byte_size_text(file.size)},
         {"uploaded_at", display_time(file.created_at)},
         {"url", "/tep/" + std::to_string(file.id)}});
  }
  return out;
}

json history_view(const views::Translations& translations, const std::string& lang,
                  const std::vector<core::DossierEvent>& events, const HistoryOptions& options) {
  json out = json::array();
  for (const auto& event : events) {
    json item{{"at", display_time(event.at)},
              {"action", translations.text(lang, "action." + event.action)},
              {"from", status_view(translations, lang, event.from)},
              {"to", status_view(translations, lang, event.to)},
              {"changed", event.from != event.to}};
    if (options.show_actor) item["actor"] = event.actor;
    if (options.all_comments || comment_is_public(event.action)) item["comment"] = event.comment;
    const auto payload = app::parse_bounded_json(event.payload);
    if (options.show_actor && payload.is_object()) {
      if (payload.contains("to_user")) item["target"] = payload["to_user"];
      if (payload.contains("to_unit")) item["target"] = payload["to_unit"];
    }
    if (payload.is_object() && payload.contains("new_due_at"))
      item["new_due_at"] = display_iso(payload["new_due_at"]);
    out.push_back(item);
  }
  return out;
}

std::vector<std::string> requested_components(const std::vector<core::DossierEvent>& events) {
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->action != "request-supplement") continue;
    const auto payload = app::parse_bounded_json(it->payload);
    std::vector<std::string> ids;
    if (payload.is_object() && payload.contains("components") && payload["components"].is_array()) {
      for (const auto& id : payload["components"]) {
        if (id.is_string()) ids.push_back(id.get<std::string>());
      }
    }
    return ids;
  }
  return {};
}

std::string supplement_reason(const std::vector<core::DossierEvent>& events) {
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->action == "request-supplement") return it->comment;
  }
  return "";
}

}  // namespace motcua::web

namespace motcua::web {

nlohmann::json dossier_detail_view(const views::Translations& translations, const std::string& lang,
                                   const app::DossierDetail& detail, core::Instant now) {
  auto view = dossier_detail_json(detail);
  view.update(dossier_row_view(translations, lang, detail.dossier, now));
  return view;
}

json steps_view(const views::Translations& translations, const std::string& lang,
                const app::DossierDetail& detail) {
  json rows = json::array();
  for (const auto& step : detail.dossier.steps) {
    const auto unit = detail.step_units.find(step.unit_id);
    const auto assignee = step.assignee_id ? detail.step_assignees.find(*step.assignee_id)
                                           : detail.step_assignees.end();
    const auto timeliness = core::step_timeliness(step);
    const std::string status(core::step_status_name(step.status));
    rows.push_back(
        {{"seq", step.definition.seq},
         {"name", step.definition.name},
         {"unit", unit == detail.step_units.end() ? step.definition.unit_code : unit->second.name},
         {"assignee", assignee == detail.step_assignees.end() ? "" : assignee->second},
         {"status", translations.text(lang, "step." + status)},
         {"status_css", "step-" + status},
         {"due_at", display_time(step.due_at)},
         {"done_at", display_time(step.done_at)},
         {"timeliness",
          timeliness ? translations.text(
                           lang, "tracking." + std::string(core::timeliness_name(*timeliness)))
                     : ""},
         {"late", timeliness == core::Timeliness::late}});
  }
  return rows;
}

}  // namespace motcua::web
