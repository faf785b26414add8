#include "web/pages/kept_layout.hpp"

#include <array>
#include <string_view>
#include <vector>

namespace motcua::web {
namespace {

using nlohmann::json;

// The layout's names a page may set, then those of the visit, then the content.
const std::array<std::string, 7> kOpenNames = {"title",       "meta_description", "canonical_url",
                                               "lang_vi_url", "lang_en_url",      "login_url",
                                               "content"};
constexpr std::size_t kPageNames = 3;
constexpr std::size_t kContent = kOpenNames.size() - 1;

bool page_name(const std::string& name) {
  for (std::size_t i = 0; i < kPageNames; ++i)
    if (kOpenNames[i] == name) return true;
  return false;
}

std::string_view text_in(const json& scope, const std::string& name) {
  const auto found = scope.find(name);
  if (found == scope.end() || !found->is_string()) return {};
  return found->get_ref<const std::string&>();
}

}  // namespace

bool fits_kept_layout(const views::Renderer& renderer, const json& model) {
  if (!model.is_object()) return false;
  for (const auto& [name, value] : model.get_ref<const json::object_t&>()) {
    if (page_name(name)) {
      if (!value.is_string() && !value.is_null()) return false;
    } else if (renderer.layout_names().contains(name)) {
      return false;
    }
  }
  return true;
}

std::optional<std::string> page_in_kept_layout(const views::Renderer& renderer,
                                               const views::Translations& translations,
                                               const LayoutInput& input, const std::string& name,
                                               const json& model) {
  if (input.user != nullptr || !fits_kept_layout(renderer, model)) return std::nullopt;
  const auto& site = layout_site_model(translations, input);
  const auto& nav = layout_nav_model(input.nav);
  const auto visit = layout_visit_model(input);
  const auto content = renderer.content(input.lang, name, {&site, &nav, &visit, &model});
  return layout_around(renderer, translations, input, visit, model, content);
}

std::string layout_around(const views::Renderer& renderer, const views::Translations& translations,
                          const LayoutInput& input, const json& visit, const json& model,
                          std::string_view content) {
  // The values shown, in the order of their names; the key says which are.
  std::vector<std::string_view> shown;
  std::vector<std::string> open;
  std::string key = std::to_string(renderer.id()) + '/' + input.nav + '/';
  for (std::size_t i = 0; i < kOpenNames.size(); ++i) {
    const auto value = i == kContent    ? content
                       : i < kPageNames ? text_in(model, kOpenNames[i])
                                        : text_in(visit, kOpenNames[i]);
    key += value.empty() ? '0' : '1';
    if (value.empty()) continue;
    shown.push_back(value);
    open.push_back(kOpenNames[i]);
  }
  const auto& kept = kept_shell(translations, input, key, [&](const json& kept_site) {
    auto fixed = visit;  // `shown` still points into the visit's texts
    for (const auto& open_name : kOpenNames) fixed.erase(open_name);
    return KeptShell{
        renderer.layout_shell(input.lang, {&kept_site, &layout_nav_model(input.nav), &fixed}, open),
        {},
        input.nav};
  });
  std::string page;
  kept->shell.fill(page, shown);
  return page;
}

json kept_page_names(const json& model) {
  json::object_t names;
  for (std::size_t i = 0; i < kPageNames; ++i) {
    const auto found = model.find(kOpenNames[i]);
    if (found != model.end()) names.emplace(kOpenNames[i], *found);
  }
  return names;
}

}  // namespace motcua::web
