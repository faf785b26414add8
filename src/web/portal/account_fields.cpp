#include "web/portal/account_fields.hpp"

namespace motcua::web::portal {

std::string message_of(const FieldMessages& messages, const std::string& name) {
  auto found = messages.find(name);
  return found == messages.end() ? "" : found->second;
}

nlohmann::json input_view(const PageRequest& page, const std::string& name, const char* type,
                          const char* autocomplete, const std::string& hint_key,
                          const std::string& value, const FieldMessages& messages) {
  const std::string id = "f-" + name;
  const auto error = message_of(messages, name);
  std::string describedby = hint_key.empty() ? "" : id + "-hint";
  if (!error.empty()) describedby += (describedby.empty() ? "" : " ") + id + "-error";
  return {{"id", id},
          {"name", name},
          {"label", page.text("account." + name)},
          {"type", type},
          {"autocomplete", autocomplete},
          {"value", value},
          {"hint", hint_key.empty() ? "" : page.text(hint_key)},
          {"error", error},
          {"has_error", !error.empty()},
          {"describedby", describedby}};
}

}  // namespace motcua::web::portal
