#include "web/web_context.hpp"

namespace motcua::web {

void forget_kept(WebContext& context) {
  if (context.page_cache != nullptr) context.page_cache->clear();
  if (context.sessions != nullptr) context.sessions->clear();
}

}  // namespace motcua::web
