#pragma once
// The virtual assistant's answer in the reader's language: its sentence and its links.
#include <nlohmann/json.hpp>
#include <string>

#include "app/virtual_assistant.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

// {"known", "answer", "links": [{"title", "url"}]}; a link title that is a catalog key is
// translated.
nlohmann::json assistant_json(const views::Translations& translations, const std::string& lang,
                              const app::AssistantAnswer& answer);

}  // namespace motcua::web
