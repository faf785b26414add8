#pragma once
// The layout's view model: the same header, navigation and footer on every page (Circular
// 21/2023 Art 6), filled from the caller, the page and the province's identity.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/ports/records.hpp"
#include "views/i18n.hpp"
#include "views/theme.hpp"

namespace motcua::web {

struct LayoutInput {
  std::string lang = "vi";
  std::string path = "/";
  std::vector<std::pair<std::string, std::string>> query;
  const app::User* user = nullptr;  // signed in, or nullptr
  std::string csrf_token;
  std::string province_json;  // name, owner agency, address, hotline, email
  // The current menu item: home | about | procedures | online | lookup | feedback | rating | stats
  // | support (support_guide | support_faq | support_qa | support_survey) | other | mine |
  // backoffice | account | notifications.
  std::string nav;
  std::string emc_site_id;  // Circular 21/2023 Art 10 tracking, "" = off
  std::string emc_tracker_url;
  std::string emc_script_url;
  int unread_notifications = 0;         // the badge beside "Thông báo"
  const views::Theme* theme = nullptr;  // logo, footer lines, /theme.css version; none = stock
  std::string_view theme_style;         // the theme's colours, inlined in the head
};

nlohmann::json layout_model(const views::Translations& translations, const LayoutInput& input);

// `path` with its query, `lang` set to `language`: the language switch's links.
std::string language_url(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& query,
                         const std::string& language);

// The portal's identity in `lang` from the province JSON; absent parts are "".
nlohmann::json site_identity(const views::Translations& translations, const std::string& lang,
                             const std::string& province_json);

}  // namespace motcua::web
