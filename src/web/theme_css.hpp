#pragma once
// The province's theme as the browser sees it: /theme.css sets the colours of theme.json as CSS
// custom properties that site.css draws with, and /theme/logo serves the logo. A province thus
// recolours its portal without recompiling the stylesheet and without inline styles (the CSP
// allows style sheets from 'self' only).
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

void register_theme_routes(Router& router, WebContext& context);  // /theme.css, /theme/logo

}  // namespace motcua::web
