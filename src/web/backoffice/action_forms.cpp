#include "web/backoffice/action_forms.hpp"

#include <algorithm>

#include "core/action_rules.hpp"
#include "core/text.hpp"

namespace motcua::web::backoffice {
namespace {

using core::Action;
using nlohmann::json;

using Kind = core::ParameterKind;
using FieldSpec = core::ActionParameter;

std::vector<std::string> posted_all(const PostedFields& posted, const std::string& name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : posted) {
    if (key == name) values.push_back(value);
  }
  return values;
}

std::string posted_one(const PostedFields& posted, const std::string& name) {
  auto values = posted_all(posted, name);
  return values.empty() ? "" : core::trim(values.front());
}

// "1.500.000", "1 500 000" or "1500000" đồng as a number; anything else is passed on as text so
// the use case reports it as a wrong amount.
json amount_value(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c == '.' || c == ' ' || c == ',') continue;
    if (c < '0' || c > '9') return text;
    digits.push_back(c);
  }
  if (digits.empty() || digits.size() > 15) return text;
  return std::stoll(digits);
}

// A datetime-local value ("2026-12-01T17:00") is Vietnam time; the use case reads it without an
// offset as such once it has seconds.
std::string due_value(const std::string& text) {
  return text.size() == 16 && text[10] == 'T' ? text + ":00" : text;
}

json choice_options(const std::vector<std::pair<std::string, std::string>>& choices,
                    const std::vector<std::string>& chosen, const std::string& id) {
  json options = json::array();
  int index = 0;
  for (const auto& [value, label] : choices) {
    const bool selected = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
    options.push_back({{"value", value},
                       {"label", label},
                       {"selected", selected},
                       {"id", id + "-" + std::to_string(index++)}});
  }
  return options;
}

json target_groups(const views::Translations& translations, const std::string& lang,
                   const std::vector<ForwardTarget>& targets, const std::string& chosen) {
  json units = json::array(), users = json::array();
  for (const auto& target : targets) {
    json option{
        {"value", target.value}, {"label", target.label}, {"selected", target.value == chosen}};
    (target.is_unit ? units : users).push_back(option);
  }
  json groups = json::array();
  if (!units.empty())
    groups.push_back({{"label", translations.text(lang, "bo.targets.units")}, {"options", units}});
  if (!users.empty())
    groups.push_back({{"label", translations.text(lang, "bo.targets.users")}, {"options", users}});
  return groups;
}

void add_kind_view(json& view, const FieldSpec& spec, const views::Translations& translations,
                   const std::string& lang, const ActionFormInput& input,
                   const PostedFields& posted) {
  const std::string id = view["id"];
  const std::string name(spec.name);
  switch (spec.kind) {
    case Kind::text:
      view["is_text"] = true;
      break;
    case Kind::amount:
      view.update({{"is_input", true}, {"input_type", "text"}, {"inputmode", "numeric"}});
      break;
    case Kind::datetime:
      view.update({{"is_input", true}, {"input_type", "datetime-local"}});
      break;
    case Kind::target:
      view.update(
          {{"is_select", true},
           {"groups", target_groups(translations, lang, input.targets, posted_one(posted, name))}});
      break;
    case Kind::components: {
      std::vector<std::pair<std::string, std::string>> choices;
      for (const auto& c : input.components) choices.emplace_back(c.id, c.name);
      view.update({{"is_choices", true},
                   {"choice_type", "checkbox"},
                   {"options", choice_options(choices, posted_all(posted, name), id)}});
      break;
    }
    case Kind::method: {
      std::vector<std::pair<std::string, std::string>> choices;
      for (const char* m : {"counter", "post", "online"})
        choices.emplace_back(m, translations.text(lang, std::string("bo.method.") + m));
      auto chosen = posted_all(posted, name);
      if (chosen.empty()) chosen = {"online"};  // a dossier filed online gets its result online
      view.update({{"is_choices", true},
                   {"choice_type", "radio"},
                   {"options", choice_options(choices, chosen, id)}});
      break;
    }
  }
}

}  // namespace

std::string action_field_id(Action action, const std::string& field) {
  return "a-" + std::string(core::action_name(action)) + "-" + field;
}

json action_form_view(const views::Translations& translations, const std::string& lang,
                      Action action, const ActionFormInput& input) {
  const std::string name(core::action_name(action));
  const bool failed = input.failed_action == name;
  const PostedFields none;
  const auto& posted = failed ? input.posted : none;
  json fields = json::array();
  for (const auto& spec : core::action_parameters(action)) {
    const std::string name(spec.name);
    auto found = failed ? input.messages.find(name) : input.messages.end();
    const auto error = found == input.messages.end() ? std::string() : found->second;
    json view{{"id", action_field_id(action, name)},
              {"name", name},
              {"label", translations.text(lang, "bo.field." + name)},
              {"required", spec.required},
              {"value", posted_one(posted, name)},
              {"error", error},
              {"has_error", !error.empty()}};
    add_kind_view(view, spec, translations, lang, input, posted);
    fields.push_back(view);
  }
  const bool danger = action == Action::refuse || action == Action::stop;
  return {{"name", name},
          {"label", translations.text(lang, "action." + name)},
          {"url", "/mot-cua/ho-so/" + input.code + "/" + name},
          {"csrf", input.csrf},
          {"fields", fields},
          {"button_class", danger ? "button-danger" : "button-primary"}};
}

json action_params(Action action, const PostedFields& posted) {
  json params = json::object();
  for (const auto& spec : core::action_parameters(action)) {
    const std::string name(spec.name);
    switch (spec.kind) {
      case Kind::components:
        params[name] = posted_all(posted, name);
        break;
      case Kind::amount:
        params[name] = amount_value(posted_one(posted, name));
        break;
      case Kind::datetime:
        params[name] = due_value(posted_one(posted, name));
        break;
      default:
        params[name] = posted_one(posted, name);
    }
  }
  return params;
}

}  // namespace motcua::web::backoffice
