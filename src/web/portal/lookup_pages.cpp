// Public lookup by dossier code, without login and without personal data (requirements P13); the
// QR code on form 01 opens it with ?ma=<code>. It shows the status, the stages reached with their
// dates, the due date and whether the dossier is on time: no names, no form data, no officers.
#include <span>
#include <string>
#include <vector>

#include "app/dossier_tracking.hpp"
#include "core/text.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/shaped_page.hpp"
#include "web/pages/tracking_views.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxCodeLength = 64;

// The texts of a lookup's page, in the order its model takes them: the rest of the model follows
// from its shape (lookup_shape).
enum LookupText : std::size_t {
  kQueryCode,
  kCode,
  kProcedure,
  kReceivedAt,
  kDueAt,
  kReturnedAt,
  kReceivingUnit,
  kCompetentUnit,
  kFirstStageAt,  // then one for each stage, "" for those not reached
  kLookupTexts = kFirstStageAt + app::kProgressStages
};

std::vector<std::string> lookup_texts(const std::string& code,
                                      const app::PublicProgress& progress) {
  const auto& result = progress.lookup;
  std::vector<std::string> texts{code,
                                 result.code,
                                 result.procedure_name,
                                 display_time(result.received_at),
                                 display_time(result.due_at),
                                 display_time(result.returned_at),
                                 result.receiving_unit_name,
                                 result.competent_unit_name};
  texts.reserve(kLookupTexts);
  for (int i = 0; i < app::kProgressStages; ++i)
    texts.push_back(i < progress.stages_reached
                        ? display_time(progress.reached[static_cast<std::size_t>(i)].second)
                        : "");
  return texts;
}

// Everything of `progress` its model shows other than its texts.
std::string lookup_shape(const app::PublicProgress& progress) {
  std::string shape = std::to_string(core::status_code(progress.lookup.status));
  shape += '/';
  shape += std::to_string(progress.stages_reached);
  shape += progress.overdue ? 'o' : '-';
  shape += progress.closed ? 'c' : '-';
  shape +=
      progress.timeliness ? static_cast<char>('0' + static_cast<int>(*progress.timeliness)) : '-';
  return shape;
}

// What the template shows, built key by key (see progress_view).
json result_view(const PageRequest& page, const app::PublicProgress& progress,
                 const std::vector<std::string>& texts) {
  const auto& translations = page.context.translations;
  json::object_t view;
  view.emplace("code", texts[kCode]);
  view.emplace("procedure", json::object_t{{"name", texts[kProcedure]}});
  view.emplace("status", status_view(translations, page.lang(), progress.lookup.status));
  view.emplace("received_at_display", texts[kReceivedAt]);
  view.emplace("due_at_display", texts[kDueAt]);
  view.emplace("returned_at_display", texts[kReturnedAt]);
  view.emplace("receiving_unit", texts[kReceivingUnit]);
  view.emplace("competent_unit", texts[kCompetentUnit]);
  view.emplace("progress",
               progress_view(translations, page.lang(), progress,
                             std::span(texts).subspan(kFirstStageAt, app::kProgressStages)));
  return view;
}

json lookup_model(const PageRequest& page, const std::string& code) {
  return {{"title", page.text("lookup.title")}, {"nav", "lookup"}, {"code", code}};
}

Response lookup_page(PageRequest& page) {
  const auto code = core::trim(page.http.query_or("ma", "")).substr(0, kMaxCodeLength);
  if (code.empty()) return render_page(page, "portal/lookup", lookup_model(page, code));
  try {
    const auto progress = app::public_progress(page.context.services, code);
    ShapedModel shaped{lookup_shape(progress), lookup_texts(code, progress),
                       [&](const std::vector<std::string>& texts) {
                         auto model = lookup_model(page, texts[kQueryCode]);
                         model["result"] = result_view(page, progress, texts);
                         return model;
                       }};
    return render_shaped_page(page, "portal/lookup", shaped);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::not_found) throw;
    auto model = lookup_model(page, code);
    model["not_found"] =
        page.context.translations.format(page.lang(), "lookup.not_found", {{"code", code}});
    return render_page(page, "portal/lookup", std::move(model), 404);
  }
}

}  // namespace

void register_lookup_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/tra-cuu", lookup_page);
}

}  // namespace motcua::web::portal
