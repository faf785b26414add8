// Trợ lý ảo: a question in plain words, the answer from the catalog or the caller's dossiers, and
// the pages that hold the rest. Works without JavaScript: the form reloads the page.
#include "app/errors.hpp"
#include "app/virtual_assistant.hpp"
#include "web/assistant_view.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

Response assistant_page(PageRequest& page) {
  const auto question = page.http.query_or("q", "");
  json model{{"title", page.text("assistant.title")}, {"nav", "support_group"}, {"q", question}};
  int status = 200;
  if (!question.empty()) {
    try {
      model["reply"] = assistant_json(
          page.context.translations, page.lang(),
          app::VirtualAssistant(page.context.services).answer(question, page.caller.principal));
    } catch (const app::AppError& error) {
      if (error.kind() != app::ErrorKind::invalid_input) throw;
      model["error"] = page.text("error.assistant_question");
      status = 400;
    }
  }
  return render_page(page, "portal/assistant", std::move(model), status);
}

}  // namespace

void register_assistant_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/tro-ly-ao", assistant_page);
}

}  // namespace motcua::web::portal
