// The rating kiosk (requirements §11: the applicant rates at a device at the one-stop centre, or
// from any browser): the dossier's code and the applicant's ID number, then every criterion.
#include "app/dossier_ratings.hpp"
#include "app/errors.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/rating_view.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

Response kiosk(PageRequest& page, const FieldMessages& messages, const std::string& error,
               int status) {
  auto form = rating_form_view(page, messages);
  form["code"] = page.field("code");
  form["id_number"] = page.field("id_number");
  form["error"] = error;
  form["done"] = page.http.query_or("thong-bao", "") == "da-danh-gia";
  form["csrf"] = page.csrf_token();
  form["title"] = page.text("rating.kiosk_title");
  form["nav"] = "rating";
  form["has_errors"] = !messages.empty() || !error.empty();
  return render_page(page, "portal/kiosk_rating", form, status);
}

Response rate(PageRequest& page) {
  try {
    app::DossierRatings(page.context.services)
        .rate_at_kiosk(page.field("code"), page.field("id_number"), posted_rating(page));
  } catch (const app::AppError& error) {
    if (error.kind() == app::ErrorKind::invalid_input)
      return kiosk(page, field_messages(page, error), "", 400);
    if (error.kind() == app::ErrorKind::not_found)
      return kiosk(page, {}, page.text("rating.kiosk_not_found"), 404);
    if (error.kind() == app::ErrorKind::conflict)
      return kiosk(page, {}, page.text(error.message_key()), 409);
    throw;
  }
  return see_other("/danh-gia?thong-bao=da-danh-gia");
}

}  // namespace

void register_kiosk_rating_page(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/danh-gia",
           [](PageRequest& page) { return kiosk(page, {}, "", 200); });
  add_page(router, context, Method::post, "/danh-gia", rate);
}

}  // namespace motcua::web::portal
