// The portal's information pages in the back office (requirements §5 B1): one page and language
// at a time, its text written in plain lines (core/page_text), or left empty for the theme's own.
#include <algorithm>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/site_pages.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/trang-thong-tin";

struct Choice {
  std::string page;
  std::string lang;
};

Choice choice_of(const PageRequest& page) {
  const bool posted = page.http.method == Method::post;
  Choice choice{posted ? page.field("trang") : page.http.query_or("trang", "faq"),
                posted ? page.field("ngon-ngu") : page.http.query_or("ngon-ngu", "vi")};
  const auto& names = app::site_page_names();
  if (std::find(names.begin(), names.end(), choice.page) == names.end() ||
      (choice.lang != "vi" && choice.lang != "en"))
    app::throw_not_found("page");
  return choice;
}

Response pages_page(PageRequest& page, const FieldMessages& messages, int status) {
  app::require_admin(page.principal());
  const auto choice = choice_of(page);
  json tabs = json::array();
  for (const auto& name : app::site_page_names())
    for (const auto* lang : {"vi", "en"})
      tabs.push_back({{"url", std::string(kPage) + "?trang=" + name + "&ngon-ngu=" + lang},
                      {"label", page.text("info." + name + ".title") + " (" + lang + ")"},
                      {"current", name == choice.page && choice.lang == lang}});
  const auto stored = app::SitePages(page.context.services).text(choice.page, choice.lang);
  json model{{"title", page.text("bo.pages.title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"tabs", tabs},
             {"page", choice.page},
             {"lang", choice.lang},
             {"page_label", page.text("info." + choice.page + ".title")},
             {"written", stored.has_value()},
             {"text", page.http.method == Method::post ? page.field("text") : stored.value_or("")}};
  add_field_errors(model, messages, "page-");
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("bo.pages.saved");
  return render_page(page, "backoffice/site_pages", std::move(model), status);
}

Response save(PageRequest& page) {
  const auto choice = choice_of(page);
  try {
    app::SitePages(page.context.services)
        .put(page.principal(), choice.page, choice.lang, page.field("text"),
             client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return pages_page(page, field_messages(page, error), 400);
  }
  return see_other(std::string(kPage) + "?trang=" + choice.page + "&ngon-ngu=" + choice.lang +
                   "&xong=1");
}

}  // namespace

void register_site_pages_admin(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage,
           [](PageRequest& page) { return pages_page(page, {}, 200); });
  add_page(router, context, Method::post, kPage, save);
}

}  // namespace motcua::web::backoffice
