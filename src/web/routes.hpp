#pragma once
#include <memory>

#include "web/http/router.hpp"
#include "web/http/server.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Each face of the system registers its own routes.
void register_api_routes(Router& router, WebContext& context);
void register_portal_routes(Router& router, WebContext& context);
void register_backoffice_routes(Router& router, WebContext& context);

// Every route of the application, system routes first.
std::shared_ptr<Router> build_router(WebContext& context);

// The whole application as one handler: routes, /healthz, security headers.
Handler make_application(WebContext& context);

}  // namespace motcua::web
