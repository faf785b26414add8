#include "web/portal/review_view.hpp"

#include "app/bounded_json.hpp"
#include "app/form_json.hpp"
#include "core/form.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/form_view.hpp"

namespace motcua::web {
namespace {

using core::FieldType;
using nlohmann::json;

std::string answer_words(const views::Translations& translations, const std::string& lang,
                         const core::FormField& field, const json& value,
                         const app::AddressChoices& names) {
  if (field.type == FieldType::address) return app::address_in_words(value, names.names);
  const auto text = app::answer_text(value);
  switch (field.type) {
    case FieldType::select:
    case FieldType::radio:
      for (const auto& option : field.options) {
        if (option.value == text) return option.label;
      }
      return text;
    case FieldType::date: {
      const auto date = core::parse_date(text);
      return date ? core::format_display_date(*date) : text;
    }
    case FieldType::checkbox:
      return translations.text(lang, text == "true" ? "form.yes" : "eform.review.no");
    default:
      return text;
  }
}

json rows_words(const views::Translations& translations, const std::string& lang,
                const core::FormField& field, const json& value, const app::AddressChoices& names) {
  json columns = json::array();
  for (const auto& column : field.columns) columns.push_back({{"label", column.label}});
  json rows = json::array();
  for (const auto& row : value.is_array() ? value : json::array()) {
    json cells = json::array();
    for (const auto& column : field.columns) {
      const json cell = row.is_object() && row.contains(column.name) ? row[column.name] : json();
      cells.push_back({{"text", answer_words(translations, lang, column, cell, names)}});
    }
    rows.push_back({{"cells", cells}});
  }
  return {{"columns", columns}, {"rows", rows}, {"has_rows", !rows.empty()}};
}

}  // namespace

json review_view(const views::Translations& translations, const std::string& lang,
                 const app::DossierDetail& detail, const app::AddressChoices& names) {
  const auto form = app::parse_bounded_json(detail.dossier.form_json);
  const auto values = form.is_object() ? app::to_form_values(form) : core::FormValues{};
  const auto edit = "/ho-so/" + std::to_string(detail.dossier.id) + "/sua";
  json answers = json::array();
  for (const auto& field : detail.procedure.form) {
    if (field.type == FieldType::file || !core::is_field_visible(field, values)) continue;
    const json value = form.is_object() && form.contains(field.name) ? form[field.name] : json();
    json item{{"label", field.label},
              {"is_rows", field.type == FieldType::rows},
              {"edit_url", edit + "#" + field_dom_id(field.name)},
              {"edit_label",
               translations.format(lang, "eform.review.edit_field", {{"field", field.label}})}};
    if (field.type == FieldType::rows) {
      item["table"] = rows_words(translations, lang, field, value, names);
    } else {
      item["text"] = answer_words(translations, lang, field, value, names);
    }
    item["empty"] = field.type != FieldType::rows && item["text"].get<std::string>().empty();
    answers.push_back(item);
  }
  const auto files = files_view(detail.files, detail.procedure);
  json components = json::array();
  for (const auto& component : detail.procedure.components) {
    json mine = json::array();
    for (std::size_t i = 0; i < detail.files.size(); ++i) {
      if (detail.files[i].component_id == component.id) mine.push_back(files[i]);
    }
    components.push_back({{"name", component.name},
                          {"required", component.required},
                          {"files", mine},
                          {"has_files", !mine.empty()}});
  }
  return {{"answers", answers},
          {"components", components},
          {"edit_form_url", edit + "#phan-to-khai"},
          {"edit_files_url", edit + "#phan-giay-to"}};
}

}  // namespace motcua::web
