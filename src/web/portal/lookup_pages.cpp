// Public lookup by dossier code, without login and without personal data (requirements P13); the
// QR code on form 01 opens it with ?ma=<code>. It shows the status, the stages reached with their
// dates, the due date and whether the dossier is on time: no names, no form data, no officers.
#include "app/dossier_tracking.hpp"
#include "core/text.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/tracking_views.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxCodeLength = 64;

// What the template shows, built key by key (see progress_view).
json result_view(const PageRequest& page, const app::PublicProgress& progress) {
  const auto& result = progress.lookup;
  const auto& translations = page.context.translations;
  json::object_t view;
  view.emplace("code", result.code);
  view.emplace("procedure", json::object_t{{"name", result.procedure_name}});
  view.emplace("status", status_view(translations, page.lang(), result.status));
  view.emplace("received_at_display", display_time(result.received_at));
  view.emplace("due_at_display", display_time(result.due_at));
  view.emplace("returned_at_display", display_time(result.returned_at));
  view.emplace("receiving_unit", result.receiving_unit_name);
  view.emplace("competent_unit", result.competent_unit_name);
  view.emplace("progress", progress_view(translations, page.lang(), progress));
  return view;
}

Response lookup_page(PageRequest& page) {
  const auto code = core::trim(page.http.query_or("ma", "")).substr(0, kMaxCodeLength);
  json model{{"title", page.text("lookup.title")}, {"nav", "lookup"}, {"code", code}};
  if (code.empty()) return render_page(page, "portal/lookup", std::move(model));
  try {
    model["result"] = result_view(page, app::public_progress(page.context.services, code));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::not_found) throw;
    model["not_found"] =
        page.context.translations.format(page.lang(), "lookup.not_found", {{"code", code}});
    return render_page(page, "portal/lookup", std::move(model), 404);
  }
  return render_page(page, "portal/lookup", std::move(model));
}

}  // namespace

void register_lookup_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/tra-cuu", lookup_page);
}

}  // namespace motcua::web::portal
