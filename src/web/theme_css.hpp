#pragma once
// The province's theme as the browser sees it: the colours of theme.json as CSS custom properties
// that site.css draws with, and /theme/logo for the logo. A province thus recolours its portal
// without recompiling the stylesheet. The few lines of colours go inline in each page's head, so
// the first paint waits for no second style sheet; the CSP names them by their SHA-256 and allows
// no other inline style. /theme.css serves the same lines for anyone who links them.
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// /theme.css and /theme/logo; fills config.theme_style and its CSP source for the pages.
void register_theme_routes(Router& router, WebContext& context);

// "'sha256-…'": the CSP source that allows exactly this inline style.
std::string inline_style_source(const std::string& css);

}  // namespace motcua::web
