#pragma once
// A page for a visitor who is not signed in, written into a layout rendered once per language,
// menu item and set of shown values: for such a visitor the layout differs from page to page only
// by the page's title and description, the language and login links and the content, so those are
// left open in a kept shell and the rest is copied instead of walked again.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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

}  // namespace motcua::web
