#pragma once
// Kept anonymous pages answered by the I/O thread (HttpServer's QuickHandler).
#include "web/http/server.hpp"
#include "web/web_context.hpp"

namespace motcua::web {

// Answers a GET from the page cache while the page an anonymous visitor asks for is kept and
// fresh, exactly as the workers would answer it from there: the same revalidation, security
// headers and page-view count. Nothing without a page cache.
QuickHandler make_quick_answers(WebContext& context);

}  // namespace motcua::web
