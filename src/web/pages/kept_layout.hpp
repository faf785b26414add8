#pragma once
// A page for a visitor who is not signed in, written into a layout rendered once per language,
// menu item and set of shown values: for such a visitor the layout differs from page to page only
// by the page's title and description, the language and login links and the content, so those are
// left open in a kept shell and the rest is copied instead of walked again.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "views/i18n.hpp"
#include "views/renderer.hpp"
#include "web/pages/layout_model.hpp"

namespace motcua::web {

// The page `name` over `model` in the layout, as views::Renderer::page would write it with the
// layout's scopes of `input`; nullopt when the caller is signed in or the model sets a name the
// layout reads other than the open ones, for views::Renderer::page to write.
std::optional<std::string> page_in_kept_layout(const views::Renderer& renderer,
                                               const views::Translations& translations,
                                               const LayoutInput& input, const std::string& name,
                                               const nlohmann::json& model);

// Whether the layout kept can stand for the full render of a page over `model`: the model sets no
// name the layout reads other than the open ones, and those it sets are texts.
bool fits_kept_layout(const views::Renderer& renderer, const nlohmann::json& model);

// The names of `model` the layout kept leaves open for the page (its title, description, …).
nlohmann::json kept_page_names(const nlohmann::json& model);

// The layout kept around `content`, with the page's open names from `model` and the visit's from
// `visit` (layout_visit_model); for a caller not signed in and a model that fits it.
std::string layout_around(const views::Renderer& renderer, const views::Translations& translations,
                          const LayoutInput& input, const nlohmann::json& visit,
                          const nlohmann::json& model, std::string_view content);

}  // namespace motcua::web
