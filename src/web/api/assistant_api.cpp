// The virtual assistant over the API: GET /api/v1/assistant?q=… (anyone; "my dossiers" for the
// signed-in caller).
#include "app/virtual_assistant.hpp"
#include "web/api/api_support.hpp"
#include "web/assistant_view.hpp"

namespace motcua::web::api {
namespace {

Response ask(WebContext& context, Request& request, Caller& caller) {
  const auto answer =
      app::VirtualAssistant(context.services).answer(request.query_or("q", ""), caller.principal);
  return ok(assistant_json(context.translations, caller.lang, answer));
}

}  // namespace

void register_assistant_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/assistant", ask);
}

}  // namespace motcua::web::api
