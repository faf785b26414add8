#pragma once
// A page whose model is made of a shape and a few texts. Pages of one shape (a lookup's status,
// the stages it reached, which of its facts it has) differ only by those texts (a code, a name,
// dates): for a visitor not signed in the content is rendered once per shape with markers in their
// place, kept with the layout, and each request copies its texts into it instead of building the
// model and walking the template again.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "views/i18n.hpp"
#include "views/renderer.hpp"
#include "web/http/message.hpp"
#include "web/pages/layout_model.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web {

struct ShapedModel {
  // What the model depends on besides the texts: the sections it takes, the labels it shows.
  std::string shape;
  std::vector<std::string> texts;
  // The page's model (as render_page takes it) for `texts`, which it writes only as they are,
  // whole; whether each is empty may decide what it takes.
  std::function<nlohmann::json(const std::vector<std::string>& texts)> build;
};

// The page `name` over shaped.build(shaped.texts) in the kept layout, as views::Renderer::page
// writes it; nullopt when the caller is signed in, or the content reads a name of the visit, or a
// text is written as part of a larger one or in the page's title or description.
std::optional<std::string> shaped_page_in_kept_layout(const views::Renderer& renderer,
                                                      const views::Translations& translations,
                                                      LayoutInput input, const std::string& name,
                                                      const ShapedModel& shaped);

// What render_page(page, name, shaped.build(shaped.texts), status) answers.
Response render_shaped_page(PageRequest& page, const std::string& name, const ShapedModel& shaped,
                            int status = 200);

}  // namespace motcua::web
