#pragma once
// The layout's view model: the same header, navigation and footer on every page (Circular
// 21/2023 Art 6), filled from the caller, the page and the province's identity.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/ports/records.hpp"
#include "views/i18n.hpp"
#include "views/template_engine.hpp"
#include "views/theme.hpp"

namespace motcua::web {

struct LayoutInput {
  std::string lang = "vi";
  std::string path = "/";
  std::vector<std::pair<std::string, std::string>> query;
  const app::User* user = nullptr;  // signed in, or nullptr
  std::string csrf_token;
  std::string_view province_json;  // name, owner agency, address, hotline, email
  // The current menu item: home | about | procedures | online | lookup | feedback | rating | stats
  // | support (support_guide | support_faq | support_qa | support_survey) | other | mine |
  // backoffice | account | notifications.
  std::string nav;
  std::string_view emc_site_id;  // Circular 21/2023 Art 10 tracking, "" = off
  std::string_view emc_tracker_url;
  std::string_view emc_script_url;
  int unread_notifications = 0;         // the badge beside "Thông báo"
  const views::Theme* theme = nullptr;  // logo, footer lines, /theme.css version; none = stock
  std::string_view theme_style;         // the theme's colours, inlined in the head
};

// The layout's model in three parts, scopes of one render (views::Renderer::page), so that what
// every page shows alike is built once instead of for each page:
// - what every page in `input.lang` shows: the portal's identity, the footer, the theme, EMC; kept
//   by each thread while the deployment's settings stay the same;
const nlohmann::json& layout_site_model(const views::Translations& translations,
                                        const LayoutInput& input);
// - {"nav": which menu item is current}, kept by each thread;
const nlohmann::json& layout_nav_model(const std::string& nav);
// - what the visit decides: the language links, the login link, the caller.
nlohmann::json layout_visit_model(const LayoutInput& input);
// The three in one object, for a layout rendered alone.
nlohmann::json layout_model(const views::Translations& translations, const LayoutInput& input);

// A shell of the layout or of a page's content, with the page's names it was made with (those the
// layout around a content writes, and "nav").
struct KeptShell {
  views::TemplateShell shell;
  nlohmann::json page;
  std::string nav;
};

// A shell made by `make` over the site model, kept under `key` with that model: when the settings
// change, the shells made over the old model go with it. nullopt, kept too, when `make` found that
// no shell can stand for the full render.
const std::optional<KeptShell>& kept_shell(
    const views::Translations& translations, const LayoutInput& input, const std::string& key,
    const std::function<std::optional<KeptShell>(const nlohmann::json& site)>& make);

// `path` with its query, `lang` set to `language`: the language switch's links.
std::string language_url(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& query,
                         const std::string& language);

// The portal's identity in `lang` from the province JSON; absent parts are "".
nlohmann::json site_identity(const views::Translations& translations, const std::string& lang,
                             const std::string& province_json);

}  // namespace motcua::web
