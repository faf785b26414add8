#include "web/pages/layout_model.hpp"

#include <functional>
#include <initializer_list>
#include <map>

#include "app/notifications.hpp"
#include "web/pages/safe_redirect.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

// A text in `lang`: "key_en" beside "key", or {"vi": …, "en": …}, falling back to Vietnamese.
std::string localized(const json& object, const std::string& lang, const std::string& key) {
  if (!object.is_object()) return "";
  if (lang != "vi" && object.contains(key + "_" + lang) && object[key + "_" + lang].is_string())
    return object[key + "_" + lang].get<std::string>();
  if (!object.contains(key)) return "";
  const auto& value = object[key];
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    if (value.contains(lang) && value[lang].is_string()) return value[lang].get<std::string>();
    if (value.contains("vi") && value["vi"].is_string()) return value["vi"].get<std::string>();
  }
  return "";
}

std::string first_of(const json& object, const std::string& lang,
                     std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto text = localized(object, lang, key);
    if (!text.empty()) return text;
  }
  return "";
}

// The badge counts no further than app::Notifications::kBadgeMost.
std::string badge_text(int unread) {
  if (unread > app::Notifications::kBadgeMost)
    return std::to_string(app::Notifications::kBadgeMost) + "+";
  return std::to_string(unread);
}

bool is_applicant(const app::User& user) {
  return user.has_role(core::Role::citizen) || user.has_role(core::Role::business);
}

json nav_flags(const std::string& nav) {
  json flags = json::object();
  for (const char* key :
       {"home", "about", "procedures", "online", "lookup", "feedback", "rating", "stats", "support",
        "support_guide", "support_faq", "support_qa", "support_survey", "other", "mine",
        "backoffice", "account", "notifications"})
    flags[key] = nav == key;
  // The "Hỗ trợ" group is current on its own page and on each of its sub-pages.
  flags["support_group"] = nav.rfind("support", 0) == 0;
  return flags;
}

json footer_lines(const views::Theme* theme, const std::string& lang) {
  if (theme == nullptr || !theme->footer.is_object()) return json::array();
  if (theme->footer.contains(lang)) return theme->footer[lang];
  return theme->footer.value("vi", json::array());
}

// The province's document is the same on every page; parsing it for each page cost a tenth of
// a page's rendering, so each thread keeps the last one it parsed.
const json& parsed_province(const std::string& province_json) {
  thread_local std::string source;
  thread_local json parsed = json::object();
  if (province_json != source) {
    parsed = json::parse(province_json.empty() ? "{}" : province_json, nullptr, false);
    if (!parsed.is_object()) parsed = json::object();
    source = province_json;
  }
  return parsed;
}

}  // namespace

std::string language_url(const std::string& path,
                         const std::vector<std::pair<std::string, std::string>>& query,
                         const std::string& language) {
  std::string url = path + "?";
  for (const auto& [name, value] : query) {
    if (name == "lang") continue;
    url += url_encode(name) + "=" + url_encode(value) + "&";
  }
  return url + "lang=" + language;
}

json site_identity(const views::Translations& translations, const std::string& lang,
                   const std::string& province_json) {
  const json& province = parsed_province(province_json);
  // The identity may sit at the top level or under "portal".
  const json& portal =
      province.contains("portal") && province["portal"].is_object() ? province["portal"] : province;
  auto name = first_of(portal, lang, {"portal_name", "name"});
  if (name.empty()) name = first_of(province, lang, {"portal_name", "name"});
  if (name.empty()) name = translations.text(lang, "portal.name");
  json owner = portal.contains("owner") && portal["owner"].is_object() ? portal["owner"] : portal;
  const auto hotline = first_of(owner, lang, {"hotline", "phone"});
  std::string dial;  // the tel: link takes the number without its spaces and dots
  for (char c : hotline) {
    if ((c >= '0' && c <= '9') || c == '+') dial.push_back(c);
  }
  return {{"name", name},
          {"hotline_tel", dial},
          {"owner", first_of(owner, lang, {"owner_agency", "owner_name", "agency", "name"})},
          {"address", first_of(owner, lang, {"address"})},
          {"hotline", hotline},
          {"email", first_of(owner, lang, {"email"})},
          {"hours", first_of(owner, lang, {"hours"})}};
}

namespace {

std::string_view theme_version(const views::Theme* theme) {
  return theme != nullptr ? std::string_view(theme->version) : std::string_view();
}

json build_site_model(const views::Translations& translations, const LayoutInput& input) {
  json model{{"lang", input.lang},
             {"is_vi", input.lang == "vi"},
             {"is_en", input.lang == "en"},
             {"site", site_identity(translations, input.lang, std::string(input.province_json))},
             {"footer_lines", footer_lines(input.theme, input.lang)},
             {"has_logo", input.theme != nullptr && !input.theme->logo.empty()},
             {"theme_version", theme_version(input.theme)},
             {"theme_style", input.theme_style}};
  if (!input.emc_site_id.empty()) {
    model["emc"] = {{"site_id", input.emc_site_id},
                    {"tracker_url", input.emc_tracker_url},
                    {"script_url", input.emc_script_url}};
  }
  return model;
}

// One language's site model and the settings it was built from.
struct KeptSite {
  const views::Translations* translations = nullptr;
  const views::Theme* theme = nullptr;
  std::string lang, province_json, theme_version, theme_style, emc_site_id, emc_tracker_url,
      emc_script_url;
  json model;
  // Layouts and contents made over `model` (kept_shell), by their key.
  std::map<std::string, std::optional<KeptShell>, std::less<>> shells;

  bool built_from(const views::Translations& source, const LayoutInput& input) const {
    return translations == &source && theme == input.theme && lang == input.lang &&
           province_json == input.province_json &&
           theme_version == web::theme_version(input.theme) && theme_style == input.theme_style &&
           emc_site_id == input.emc_site_id && emc_tracker_url == input.emc_tracker_url &&
           emc_script_url == input.emc_script_url;
  }
};

// A few languages of one deployment; more only in tests that change the settings.
constexpr std::size_t kKeptSites = 8;
// Menu items × which of the page's values are shown: a few dozen in use; contents by their shapes:
// a few hundred at most.
constexpr std::size_t kKeptShells = 512;

// This thread's site model for these settings, built when they are new.
KeptSite& kept_site(const views::Translations& translations, const LayoutInput& input) {
  thread_local std::vector<KeptSite> kept;
  for (auto& site : kept) {
    if (site.built_from(translations, input)) return site;
  }
  if (kept.size() >= kKeptSites) kept.erase(kept.begin());
  kept.push_back({&translations,
                  input.theme,
                  input.lang,
                  std::string(input.province_json),
                  std::string(theme_version(input.theme)),
                  std::string(input.theme_style),
                  std::string(input.emc_site_id),
                  std::string(input.emc_tracker_url),
                  std::string(input.emc_script_url),
                  build_site_model(translations, input),
                  {}});
  return kept.back();
}

}  // namespace

const json& layout_site_model(const views::Translations& translations, const LayoutInput& input) {
  return kept_site(translations, input).model;
}

const std::optional<KeptShell>& kept_shell(
    const views::Translations& translations, const LayoutInput& input, const std::string& key,
    const std::function<std::optional<KeptShell>(const json& site)>& make) {
  auto& site = kept_site(translations, input);
  auto found = site.shells.find(key);
  if (found != site.shells.end()) return found->second;
  if (site.shells.size() >= kKeptShells) site.shells.clear();
  return site.shells.emplace(key, make(site.model)).first->second;
}

const json& layout_nav_model(const std::string& nav) {
  thread_local std::map<std::string, json, std::less<>> kept;
  auto found = kept.find(nav);
  if (found == kept.end()) found = kept.emplace(nav, json{{"nav", nav_flags(nav)}}).first;
  return found->second;
}

// Built key by key: every page makes one (see progress_view on initializer lists).
json layout_visit_model(const LayoutInput& input) {
  json::object_t model;
  // The officials' workspace has its own menu instead of the portal's.
  model.emplace("workspace", input.nav == "backoffice");
  // The two links differ in the language code that ends them: the rest is encoded once.
  auto vi_url = language_url(input.path, input.query, "vi");
  auto en_url = vi_url.substr(0, vi_url.size() - 2) + "en";
  model.emplace("lang_vi_url", std::move(vi_url));
  model.emplace("lang_en_url", std::move(en_url));
  model.emplace("login_url", input.path == "/dang-nhap" ? "/dang-nhap" : login_url(input.path));
  model.emplace("csrf", input.csrf_token);
  model.emplace("signed_in", input.user != nullptr);
  if (input.user != nullptr) {
    model.emplace("user_name",
                  input.user->full_name.empty() ? input.user->username : input.user->full_name);
    model.emplace("is_official", input.user->is_official());
    model.emplace("is_applicant", is_applicant(*input.user));
    model.emplace("unread_notifications", badge_text(input.unread_notifications));
    model.emplace("has_unread", input.unread_notifications > 0);
  }
  return model;
}

json layout_model(const views::Translations& translations, const LayoutInput& input) {
  auto model = layout_site_model(translations, input);
  model.update(layout_nav_model(input.nav));
  model.update(layout_visit_model(input));
  return model;
}

}  // namespace motcua::web
