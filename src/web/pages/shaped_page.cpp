#include "web/pages/shaped_page.hpp"

#include <optional>
#include <string_view>

#include "web/pages/kept_layout.hpp"
#include "web/pages/layout_model.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

std::string content_key(const views::Renderer& renderer, const std::string& name,
                        const ShapedModel& shaped) {
  std::string key = "content/" + std::to_string(renderer.id()) + '/' + name + '/' + shaped.shape;
  key += '/';
  for (const auto& text : shaped.texts) key += text.empty() ? '0' : '1';
  return key;
}

// Whether the content reads a name of the visit (its links, the caller), which the shell would
// keep as the first visitor's.
bool marks_page_names(const json& page) {
  for (const auto& [key, value] : page.items())
    if (value.is_string() && views::holds_marker(value.get_ref<const std::string&>())) return true;
  return false;
}

bool reads_visit(const views::Renderer& renderer, const std::string& lang, const std::string& name,
                 const json& visit) {
  const auto names = renderer.names_read(lang, name);
  for (const auto& [key, value] : visit.items())
    if (names.contains(key)) return true;
  return false;
}

std::optional<KeptShell> make_content_shell(const views::Renderer& renderer, LayoutInput input,
                                            const std::string& name, const ShapedModel& shaped,
                                            const json& site) {
  std::vector<std::string> markers;
  markers.reserve(shaped.texts.size());
  for (std::size_t i = 0; i < shaped.texts.size(); ++i)
    markers.push_back(shaped.texts[i].empty() ? "" : views::shell_marker(i));
  auto model = shaped.build(markers);
  input.nav = model.value("nav", "");
  model.erase("nav");
  auto page = kept_page_names(model);
  if (!fits_kept_layout(renderer, model) || marks_page_names(page) ||
      reads_visit(renderer, input.lang, name, layout_visit_model(input)))
    return std::nullopt;
  auto shell =
      renderer.content_shell(input.lang, name, {&site, &layout_nav_model(input.nav), &model});
  if (!shell) return std::nullopt;
  return KeptShell{std::move(*shell), std::move(page), input.nav};
}

}  // namespace

std::optional<std::string> shaped_page_in_kept_layout(const views::Renderer& renderer,
                                                      const views::Translations& translations,
                                                      LayoutInput input, const std::string& name,
                                                      const ShapedModel& shaped) {
  if (input.user != nullptr) return std::nullopt;
  const auto& kept = kept_shell(
      translations, input, content_key(renderer, name, shaped),
      [&](const json& site) { return make_content_shell(renderer, input, name, shaped, site); });
  if (!kept) return std::nullopt;
  const std::vector<std::string_view> values(shaped.texts.begin(), shaped.texts.end());
  std::string content;
  kept->shell.fill(content, values);
  // Copied: making the layout's shell may drop the kept ones.
  const auto page_names = kept->page;
  input.nav = kept->nav;
  const auto visit = layout_visit_model(input);
  return layout_around(renderer, translations, input, visit, page_names, content);
}

Response render_shaped_page(PageRequest& page, const std::string& name, const ShapedModel& shaped,
                            int status) {
  if (!page.caller.signed_in()) {
    auto html = shaped_page_in_kept_layout(page.context.renderer, page.context.translations,
                                           layout_input(page, ""), name, shaped);
    if (html) return Response::html(status, std::move(*html));
  }
  return render_page(page, name, shaped.build(shaped.texts), status);
}

}  // namespace motcua::web
