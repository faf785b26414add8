#include "web/web_context.hpp"

namespace motcua::web {

void forget_kept(WebContext& context) {
  if (context.page_cache != nullptr) context.page_cache->clear();
}

void forget_everything_kept(WebContext& context) {
  forget_kept(context);
  if (context.sessions != nullptr) context.sessions->clear();
}

}  // namespace motcua::web
