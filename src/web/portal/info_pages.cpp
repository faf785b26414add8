// The portal's information pages (Circular 21/2023 Art 6; requirements §6): Giới thiệu, Hỗ trợ
// with its user guide and FAQ, Dịch vụ khác, and how online payment works. Texts come from
// templates a theme may override (templates/portal/info/…) and, for Giới thiệu, from the theme's
// "about".
#include <algorithm>

#include "app/site_pages.hpp"
#include "core/page_text.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/public_page.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

// A page written out in each language: portal/info/<lang>/<name>, Vietnamese when a theme
// provides no English one.
std::string localized_template(const PageRequest& page, const std::string& name) {
  for (const auto& candidate :
       {"portal/info/" + page.lang() + "/" + name, "portal/info/vi/" + name})
    if (page.context.renderer.has(candidate)) return candidate;
  return "portal/info/" + name;  // one template for both languages, texts from the catalog
}

json blocks_view(const std::string& text) {
  json blocks = json::array();
  for (const auto& block : core::read_page_text(text)) {
    json view{{"text", block.text}, {"lines", block.lines}};
    view[block.kind == core::PageBlockKind::heading    ? "heading"
         : block.kind == core::PageBlockKind::list     ? "list"
         : block.kind == core::PageBlockKind::question ? "question"
                                                       : "paragraph"] = true;
    blocks.push_back(view);
  }
  return blocks;
}

// What an administrator wrote for the page in this language, if anything.
std::optional<Response> written_page(PageRequest& page, const std::string& name, const char* nav) {
  const auto& names = app::site_page_names();
  if (std::find(names.begin(), names.end(), name) == names.end()) return std::nullopt;
  const auto text = app::SitePages(page.context.services).text(name, page.lang());
  if (!text) return std::nullopt;
  json model{{"title", page.text("info." + name + ".title")},
             {"nav", nav},
             {"blocks", blocks_view(*text)}};
  return with_validator(page.http, render_page(page, "portal/info/written", std::move(model)));
}

Response info_page(PageRequest& page, const std::string& name, const char* nav) {
  if (auto written = written_page(page, name, nav)) return std::move(*written);
  json model{{"title", page.text("info." + name + ".title")}, {"nav", nav}};
  return with_validator(page.http,
                        render_page(page, localized_template(page, name), std::move(model)));
}

Response about(PageRequest& page) {
  if (auto written = written_page(page, "about", "about")) return std::move(*written);
  const auto& texts = page.context.config.theme.about;
  json paragraphs =
      texts.contains(page.lang()) ? texts[page.lang()] : texts.value("vi", json::array());
  json model{{"title", page.text("info.about.title")},
             {"nav", "about"},
             {"about", paragraphs},
             {"has_about", !paragraphs.empty()}};
  return with_validator(page.http, render_page(page, "portal/info/about", std::move(model)));
}

}  // namespace

void register_info_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/gioi-thieu", about);
  add_page(router, context, Method::get, "/ho-tro",
           [](PageRequest& page) { return info_page(page, "support", "support"); });
  add_page(router, context, Method::get, "/ho-tro/huong-dan-su-dung",
           [](PageRequest& page) { return info_page(page, "guide", "support_guide"); });
  add_page(router, context, Method::get, "/ho-tro/cau-hoi-thuong-gap",
           [](PageRequest& page) { return info_page(page, "faq", "support_faq"); });
  add_page(router, context, Method::get, "/dich-vu-khac",
           [](PageRequest& page) { return info_page(page, "other", "other"); });
  add_page(router, context, Method::get, "/thanh-toan",
           [](PageRequest& page) { return info_page(page, "payment", ""); });
}

}  // namespace motcua::web::portal
