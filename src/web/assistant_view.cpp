#include "web/assistant_view.hpp"

namespace motcua::web {

nlohmann::json assistant_json(const views::Translations& translations, const std::string& lang,
                              const app::AssistantAnswer& answer) {
  nlohmann::json links = nlohmann::json::array();
  for (const auto& link : answer.links) {
    const bool key = link.title.rfind("assistant.", 0) == 0;
    links.push_back(
        {{"title", key ? translations.text(lang, link.title) : link.title}, {"url", link.url}});
  }
  return {{"known", answer.known},
          {"answer", translations.format(lang, answer.message_key, answer.params)},
          {"links", links}};
}

}  // namespace motcua::web
