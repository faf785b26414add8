#include "web/pages/form_view.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "app/form_json.hpp"
#include "app/procedure_json.hpp"
#include "core/form.hpp"
#include "core/text.hpp"

namespace motcua::web {
namespace {

using core::FieldType;
using nlohmann::json;

bool is_ticked(std::string_view text) { return text == "true" || text == "on" || text == "1"; }

std::string row_key(const std::string& field, int row, const std::string& column) {
  return field + "[" + std::to_string(row) + "]." + column;
}

const char* input_type(FieldType type) {
  switch (type) {
    case FieldType::date:
      return "date";
    case FieldType::email:
      return "email";
    case FieldType::phone:
      return "tel";
    default:
      return "text";  // numbers too: type=number would drop what the browser cannot parse
  }
}

const char* input_mode(FieldType type) {
  switch (type) {
    case FieldType::number:
      return "decimal";
    case FieldType::citizen_id:
      return "numeric";
    default:
      return "";
  }
}

std::string autocomplete_of(const core::FormField& field) {
  static const std::map<std::string, std::string> kByProfile{
      {"full_name", "name"}, {"email", "email"}, {"phone", "tel"}, {"address", "street-address"}};
  auto found = kByProfile.find(field.profile_key);
  if (found != kByProfile.end()) return found->second;
  return field.type == FieldType::citizen_id ? "off" : "";
}

// 1000000 rather than 1e+06 or 1000000.000000: bounds as people write them.
std::string number_text(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  std::string text = std::to_string(value);
  while (text.back() == '0') text.pop_back();
  return text;
}

std::string date_bound_text(const views::Translations& translations, const std::string& lang,
                            const std::string& bound) {
  if (bound == "today") return translations.text(lang, "eform.hint.today");
  const auto date = core::parse_date(bound);
  return date ? core::format_display_date(*date) : bound;
}

// The rules of a field in words under its label, so that a bound is known before it is broken.
std::string rule_hint(const views::Translations& translations, const std::string& lang,
                      const core::FormField& field) {
  std::vector<std::string> parts;
  if (!field.hint.empty()) parts.push_back(field.hint);
  const auto bounds = [&](const std::string& key, const std::string& min, const std::string& max) {
    if (!min.empty() && !max.empty()) {
      parts.push_back(translations.format(lang, key + "_range", {{"min", min}, {"max", max}}));
    } else if (!min.empty()) {
      parts.push_back(translations.format(lang, key + "_min", {{"min", min}}));
    } else if (!max.empty()) {
      parts.push_back(translations.format(lang, key + "_max", {{"max", max}}));
    }
  };
  if (field.type == FieldType::number) {
    bounds("eform.hint.number", field.min ? number_text(*field.min) : "",
           field.max ? number_text(*field.max) : "");
  }
  if (field.type == FieldType::date) {
    bounds("eform.hint.date",
           field.min_date.empty() ? "" : date_bound_text(translations, lang, field.min_date),
           field.max_date.empty() ? "" : date_bound_text(translations, lang, field.max_date));
  }
  if (field.min_length > 0) {
    parts.push_back(translations.format(lang, "eform.hint.min_length",
                                        {{"min", std::to_string(field.min_length)}}));
  }
  if (field.type == FieldType::citizen_id)
    parts.push_back(translations.text(lang, "eform.hint.citizen_id"));
  if (field.type == FieldType::phone) parts.push_back(translations.text(lang, "eform.hint.phone"));
  std::string hint;
  for (const auto& part : parts) hint += (hint.empty() ? "" : " ") + part;
  return hint;
}

// "a b" of the ids that describe a control: its hint, then its error.
std::string described_by(const std::string& id, bool has_hint, bool has_error) {
  std::string ids = has_hint ? id + "-hint" : "";
  if (has_error) ids += (ids.empty() ? "" : " ") + id + "-error";
  return ids;
}

json options_view(const core::FormField& field, const std::string& value, const std::string& id) {
  json options = json::array();
  int index = 0;
  for (const auto& option : field.options) {
    options.push_back({{"value", option.value},
                       {"label", option.label},
                       {"id", id + "-" + std::to_string(index++)},
                       {"selected", option.value == value}});
  }
  return options;
}

std::string message_for(const FieldMessages& messages, const std::string& key) {
  auto found = messages.find(key);
  return found == messages.end() ? "" : found->second;
}

// The control itself: what form_control draws for a field or a cell of a row.
json control_view(const views::Translations& translations, const std::string& lang,
                  const core::FormField& field, const std::string& name, const std::string& value,
                  const FieldMessages& messages, bool in_row) {
  const auto id = field_dom_id(name);
  const auto error = message_for(messages, name);
  const auto hint = in_row ? std::string() : rule_hint(translations, lang, field);
  const bool radio = field.type == FieldType::radio && !in_row;
  json view{
      {"id", id},
      {"name", name},
      {"label", field.label},
      {"value", value},
      {"required", field.required},
      {"error", error},
      {"has_error", !error.empty()},
      {"error_id", id + "-error"},
      {"is_textarea", field.type == FieldType::textarea},
      {"is_select", field.type == FieldType::select || (field.type == FieldType::radio && in_row)},
      {"is_radio", radio},
      {"is_checkbox", field.type == FieldType::checkbox},
      {"checked", is_ticked(value)},
      {"input_type", input_type(field.type)},
      {"inputmode", input_mode(field.type)},
      {"autocomplete", autocomplete_of(field)}};
  view["is_input"] = !view["is_textarea"].get<bool>() && !view["is_select"].get<bool>() && !radio &&
                     field.type != FieldType::checkbox;
  if (!in_row) view["visible_if"] = field.visible_if;
  view["hint"] = hint;
  view["hint_id"] = id + "-hint";
  view["describedby"] = described_by(id, !hint.empty(), !error.empty());
  view["rules"] = rules_attribute(field);
  if (field.max_length > 0) view["maxlength"] = field.max_length;
  if (field.type == FieldType::citizen_id) view["maxlength"] = 12;
  if (!field.options.empty()) view["options"] = options_view(field, value, id);
  return view;
}

int rows_to_draw(const json& value, int wanted) {
  const int filled = value.is_array() ? static_cast<int>(value.size()) : 0;
  return std::clamp(std::max(filled + 1, wanted), kMinFormRows, kMaxFormRows);
}

json rows_view(const views::Translations& translations, const std::string& lang,
               const core::FormField& field, const json& value, const FieldMessages& messages,
               int wanted) {
  json columns = json::array();
  for (const auto& column : field.columns) {
    columns.push_back({{"label", column.label}, {"required", column.required}});
  }
  json rows = json::array();
  const int count = rows_to_draw(value, wanted);
  for (int i = 0; i < count; ++i) {
    const json row = value.is_array() && i < static_cast<int>(value.size()) ? value[i] : json();
    const auto row_label = translations.format(lang, "form.row", {{"n", std::to_string(i + 1)}});
    json cells = json::array();
    for (const auto& column : field.columns) {
      const auto text =
          row.is_object() && row.contains(column.name) ? app::answer_text(row[column.name]) : "";
      auto cell = control_view(translations, lang, column, row_key(field.name, i, column.name),
                               text, messages, true);
      cell["aria_label"] = column.label + " – " + row_label;
      cells.push_back(cell);
    }
    rows.push_back({{"number", i + 1},
                    {"label", row_label},
                    {"cells", cells},
                    {"remove_value", "row_remove:" + field.name + ":" + std::to_string(i)},
                    {"remove_label", translations.format(lang, "eform.rows.remove",
                                                         {{"n", std::to_string(i + 1)}})}});
  }
  return {{"columns", columns},
          {"rows", rows},
          {"count", count},
          {"can_add", count < kMaxFormRows},
          {"max", kMaxFormRows}};
}

std::string column_label(const core::FormField& field, const std::string& column) {
  for (const auto& c : field.columns) {
    if (c.name == column) return c.label;
  }
  return column;
}

// "Field – Column (Row 2)" for an error key "field[1].column".
std::string label_of_key(const views::Translations& translations, const std::string& lang,
                         const core::FormField& field, const std::string& key) {
  if (key == field.name) return field.label;
  if (field.type == FieldType::address && key.rfind(field.name + ".", 0) == 0) {
    return field.label + " – " +
           translations.text(lang, "eform.address." + key.substr(field.name.size() + 1));
  }
  const auto open = key.find('['), close = key.find("].");
  if (open == std::string::npos || close == std::string::npos) return field.label;
  const int row = std::atoi(key.substr(open + 1, close - open - 1).c_str());
  return field.label + " – " + column_label(field, key.substr(close + 2)) + " (" +
         translations.format(lang, "form.row", {{"n", std::to_string(row + 1)}}) + ")";
}

bool belongs_to(const std::string& key, const core::FormField& field) {
  return key == field.name || key.rfind(field.name + "[", 0) == 0 ||
         key.rfind(field.name + ".", 0) == 0;
}

std::string posted_value(const PostedFields& posted, const std::string& name) {
  for (const auto& [key, value] : posted) {
    if (key == name) return core::trim(value);
  }
  return "";
}

json posted_rows(const core::FormField& field, const PostedFields& posted) {
  json rows = json::array();
  for (int i = 0; i < kMaxFormRows; ++i) {
    json row = json::object();
    bool any = false;
    for (const auto& column : field.columns) {
      const auto text = posted_value(posted, row_key(field.name, i, column.name));
      if (column.type == FieldType::checkbox) {
        row[column.name] = !text.empty();
        any = any || !text.empty();
      } else {
        row[column.name] = text;
        any = any || !text.empty();
      }
    }
    if (any) rows.push_back(row);
  }
  return rows;
}

std::string part_value(const json& value, const char* part) {
  if (!value.is_object() || !value.contains(part)) return "";
  return app::answer_text(value[part]);
}

json unit_options(const std::vector<core::AdminUnit>& units, const std::string& chosen) {
  json options = json::array();
  for (const auto& unit : units) {
    options.push_back(
        {{"value", unit.code}, {"label", unit.name}, {"selected", unit.code == chosen}});
  }
  return options;
}

// One part of an address: its control's id, name, label, value and message.
json address_part(const views::Translations& translations, const std::string& lang,
                  const core::FormField& field, const char* part, const std::string& value,
                  const FieldMessages& messages) {
  const auto key = field.name + "." + part;
  const auto id = field_dom_id(key);
  const auto error = message_for(messages, key);
  return {{"id", id},
          {"name", key},
          {"label", translations.text(lang, std::string("eform.address.") + part)},
          {"value", value},
          {"error", error},
          {"has_error", !error.empty()},
          {"error_id", id + "-error"},
          {"describedby", described_by(id, false, !error.empty())}};
}

// province → commune from the catalog, then the street line. Without JavaScript the commune list
// follows the province when the form is posted with "Cập nhật danh sách xã".
json address_view(const views::Translations& translations, const std::string& lang,
                  const core::FormField& field, const json& value, const FieldMessages& messages,
                  const app::AddressChoices* choices) {
  const auto id = field_dom_id(field.name);
  const auto province = part_value(value, core::kAddressProvince);
  const auto commune = part_value(value, core::kAddressCommune);
  // An address kept from before the catalog (one line of text) becomes the street line.
  const auto street =
      value.is_string() ? value.get<std::string>() : part_value(value, core::kAddressStreet);
  auto province_view =
      address_part(translations, lang, field, core::kAddressProvince, province, messages);
  auto commune_view =
      address_part(translations, lang, field, core::kAddressCommune, commune, messages);
  auto street_view =
      address_part(translations, lang, field, core::kAddressStreet, street, messages);
  street_view["maxlength"] = core::kAddressStreetMaxLength;
  if (choices != nullptr) {
    province_view["options"] = unit_options(choices->provinces, province);
    const auto found = choices->communes.find(province);
    commune_view["options"] =
        found != choices->communes.end() ? unit_options(found->second, commune) : json::array();
  }
  const auto error = message_for(messages, field.name);
  const bool has_error = !error.empty() || province_view["has_error"].get<bool>() ||
                         commune_view["has_error"].get<bool>() ||
                         street_view["has_error"].get<bool>();
  const auto hint = rule_hint(translations, lang, field);
  return {{"is_address", true},
          {"id", id},
          {"name", field.name},
          {"label", field.label},
          {"required", field.required},
          {"hint", hint},
          {"hint_id", id + "-hint"},
          {"error", error},
          {"has_error", has_error},
          {"has_own_error", !error.empty()},
          {"error_id", id + "-error"},
          {"visible_if", field.visible_if},
          {"rules", rules_attribute(field)},
          {"province", province_view},
          {"commune", commune_view},
          {"has_province", !province.empty()},
          {"street", street_view}};
}

json posted_address(const core::FormField& field, const PostedFields& posted) {
  json address = json::object();
  for (const char* part : {core::kAddressProvince, core::kAddressCommune, core::kAddressStreet}) {
    address[part] = posted_value(posted, field.name + "." + part);
  }
  return address;
}

}  // namespace

std::string rules_attribute(const core::FormField& field) {
  auto rules = app::form_field_to_json(field);
  rules.erase("label");
  rules.erase("hint");
  if (rules.contains("options")) {
    json values = json::array();
    for (const auto& option : rules["options"]) values.push_back(option["value"]);
    rules["options"] = values;
  }
  if (rules.contains("columns")) rules.erase("columns");  // each cell carries its own
  return rules.dump();
}

std::string field_dom_id(std::string_view key) {
  std::string prefix = "f-";
  if (key.rfind("component:", 0) == 0) {
    prefix = "c-";
    key.remove_prefix(10);
  }
  std::string out = prefix;
  for (char c : key) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '-';
    if (plain) {
      out.push_back(c);
    } else if (c != ']' && out.back() != '-') {
      out.push_back('-');  // "[", "." and anything else separate the parts
    }
  }
  return out;
}

json form_fields_view(const views::Translations& translations, const std::string& lang,
                      const std::vector<core::FormField>& fields, const json& answers,
                      const FieldMessages& messages, const FormExtras& extras) {
  json out = json::array();
  for (const auto& field : fields) {
    if (field.type == FieldType::file) continue;  // files are uploaded per component
    const json value =
        answers.is_object() && answers.contains(field.name) ? answers[field.name] : json();
    if (field.type == FieldType::address) {
      out.push_back(address_view(translations, lang, field, value, messages, extras.choices));
      continue;
    }
    if (field.type != FieldType::rows) {
      out.push_back(control_view(translations, lang, field, field.name, app::answer_text(value),
                                 messages, false));
      continue;
    }
    const auto id = field_dom_id(field.name);
    const auto error = message_for(messages, field.name);
    json view{{"id", id},
              {"name", field.name},
              {"label", field.label},
              {"required", field.required},
              {"error", error},
              {"has_error", !error.empty()},
              {"error_id", id + "-error"},
              {"is_rows", true}};
    view["visible_if"] = field.visible_if;
    view["hint"] = rule_hint(translations, lang, field);
    view["hint_id"] = id + "-hint";
    view["rules"] = rules_attribute(field);
    view["add_value"] = "row_add:" + field.name;
    const auto wanted = extras.rows.find(field.name);
    view["table"] = rows_view(translations, lang, field, value, messages,
                              wanted != extras.rows.end() ? wanted->second : 0);
    out.push_back(view);
  }
  return out;
}

json posted_answers(const std::vector<core::FormField>& fields, const PostedFields& posted) {
  json answers = json::object();
  for (const auto& field : fields) {
    if (field.type == FieldType::file) continue;
    if (field.type == FieldType::rows) {
      answers[field.name] = posted_rows(field, posted);
      continue;
    }
    if (field.type == FieldType::address) {
      answers[field.name] = posted_address(field, posted);
      continue;
    }
    const auto text = posted_value(posted, field.name);
    if (field.type == FieldType::checkbox) {
      answers[field.name] = !text.empty();
    } else {
      answers[field.name] = text;
    }
  }
  return answers;
}

json profile_answers(const std::vector<core::FormField>& fields, const app::User& user) {
  const std::map<std::string, std::string> profile{
      {"full_name", user.full_name},   {"email", user.email},       {"phone", user.phone},
      {"citizen_id", user.citizen_id}, {"tax_code", user.tax_code}, {"address", user.address}};
  json answers = json::object();
  for (const auto& field : fields) {
    if (field.type == FieldType::address && field.profile_key == "address") {
      // the profile keeps the province and commune from the catalog beside the street.
      if (user.province_code.empty() && user.address.empty()) continue;
      answers[field.name] = {{core::kAddressProvince, user.province_code},
                             {core::kAddressCommune, user.commune_code},
                             {core::kAddressStreet, user.address}};
      continue;
    }
    auto found = profile.find(field.profile_key);
    if (found == profile.end() || found->second.empty()) continue;
    answers[field.name] = found->second;
  }
  return answers;
}

json error_summary_view(const views::Translations& translations, const std::string& lang,
                        const std::vector<core::FormField>& fields,
                        const std::vector<core::Component>& components,
                        const FieldMessages& messages) {
  json links = json::array();
  std::set<std::string> listed;
  auto add = [&](const std::string& key, const std::string& label) {
    if (!listed.insert(key).second) return;
    const auto& message = messages.at(key);
    links.push_back({{"href", "#" + field_dom_id(key)},
                     {"text", label.empty() ? message : label + ": " + message}});
  };
  for (const auto& field : fields) {
    for (const auto& [key, message] : messages) {
      if (belongs_to(key, field)) add(key, label_of_key(translations, lang, field, key));
    }
  }
  for (const auto& component : components) {
    const auto key = "component:" + component.id;
    if (messages.count(key) > 0) add(key, component.name);
  }
  for (const auto& [key, message] : messages) add(key, "");
  return links;
}

namespace {
// The messages the browser shows for the same rule breaks the server reports (eform.js).
const std::vector<std::string> kClientMessages{"error.required",
                                               "error.too_long",
                                               "error.number",
                                               "error.date",
                                               "error.email",
                                               "error.phone",
                                               "error.citizen_id",
                                               "error.option",
                                               "error.invalid_utf8",
                                               "eform.error.pattern",
                                               "eform.error.too_short",
                                               "eform.error.too_small",
                                               "eform.error.too_large",
                                               "eform.error.date_too_early",
                                               "eform.error.date_too_late",
                                               "eform.error.too_many_rows",
                                               "eform.autosave.saving",
                                               "eform.autosave.saved",
                                               "eform.autosave.failed",
                                               "form.row",
                                               "eform.rows.remove",
                                               "form.select_placeholder",
                                               "error.component_required",
                                               "eform.address.province_first"};
}  // namespace

std::string eform_client_messages(const views::Translations& translations,
                                  const std::string& lang) {
  nlohmann::json messages = nlohmann::json::object();
  for (const auto& key : kClientMessages) messages[key] = translations.text(lang, key);
  return messages.dump();
}

}  // namespace motcua::web
