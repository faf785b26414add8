#include "web/quick_answers.hpp"

#include "web/page_cache.hpp"
#include "web/security_headers.hpp"
#include "web/view_counting.hpp"

namespace motcua::web {

QuickHandler make_quick_answers(WebContext& context) {
  if (context.page_cache == nullptr) return {};
  return [&context](const Request& request) -> std::optional<QuickAnswer> {
    if (request.method != Method::get) return std::nullopt;
    const auto key = anonymous_key(request);
    if (!key) return std::nullopt;
    auto kept = context.page_cache->find_kept(*key);
    if (!kept) return std::nullopt;
    QuickAnswer answer{revalidated(request, std::move(kept->response)), {}};
    add_security_headers(context.config, answer.response);
    if (!kept->counted_as.empty() && record_view(context, kept->counted_as))
      answer.after = [&context] { flush_views(context); };
    return answer;
  };
}

}  // namespace motcua::web
