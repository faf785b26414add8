// The citizen's dossier page (requirements P13, P5, P11, P4): progress, the supplement answer,
// messages with the agency and withdrawal with a confirmation step; the list "my dossiers" is in
// my_dossiers_page.cpp, the PDFs in printout_pages.cpp.
#include "app/applicant_dossiers.hpp"
#include "app/dossier_messages.hpp"
#include "app/dossier_ratings.hpp"
#include "app/payments.hpp"
#include "app/postal_orders.hpp"
#include "core/text.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/owner_dossier_view.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/rating_view.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

Response show(PageRequest& page) {
  const auto& user = page.principal().user;
  if (user.is_official()) return see_other("/mot-cua/ho-so/" + page.http.param("ref"));
  const auto tracking = owner_tracking(page);
  if (tracking.detail.dossier.lifecycle.status == core::Status::draft)
    return see_other("/ho-so/" + std::to_string(tracking.detail.dossier.id) + "/sua");
  return owner_dossier_page(page, tracking, {}, 200);
}

Response supplement(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  std::vector<app::Upload> uploads;
  for (const auto& file : page.form.files) {
    if (file.field.rfind("file:", 0) == 0 && !file.data.empty())
      uploads.push_back({file.field.substr(5), file.filename, file.data});
  }
  try {
    app::ApplicantDossiers(page.context.services)
        .answer_supplement(page.principal(), code, page.field("comment"), uploads);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input && error.kind() != app::ErrorKind::too_large)
      throw;
    const auto field =
        uploads.empty() ? std::string("comment") : "component:" + uploads.front().component_id;
    const auto key = error.fields().empty() ? error.message_key() : error.fields().begin()->second;
    return owner_dossier_page(page, tracking, {{field, page.text(key)}}, 400);
  }
  return see_other("/ho-so/" + code + "?thong-bao=bo-sung");
}

// Withdrawal ends the dossier for good (status 7), so it takes two posts: the reason, then the
// confirmation that carries the reason along.
Response withdraw(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  const auto reason = page.field("reason");
  if (blank(reason))
    return owner_dossier_page(page, tracking, {{"reason", page.text("error.required")}}, 400);
  if (page.field("xac-nhan") != "1") {
    return render_page(
        page, "portal/withdraw_confirm",
        {{"title", page.text("tracking.withdraw_confirm_title")},
         {"nav", "mine"},
         {"code", code},
         {"reason", reason},
         {"question", page.context.translations.format(
                          page.lang(), "tracking.withdraw_confirm_text", {{"code", code}})}});
  }
  app::ApplicantDossiers(page.context.services).withdraw(page.principal(), code, reason);
  return see_other("/ho-so/" + code + "?thong-bao=rut");
}

Response post_message(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  try {
    app::DossierMessages(page.context.services).post(page.principal(), code, page.field("body"));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return owner_dossier_page(page, tracking, field_messages(page, error), 400);
  }
  return see_other("/ho-so/" + code + "?thong-bao=tin-nhan#tin-nhan");
}

// The fee is paid on PayGov's page, which brings the citizen back to this dossier. The way there is
// a link, not a redirect of this form: the pages' CSP keeps form submissions on this site.
Response pay(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  const auto request = app::Payments(page.context.services).request(page.principal(), code);
  return render_page(page, "portal/pay",
                     {{"title", page.text("payment.title")},
                      {"nav", "mine"},
                      {"code", code},
                      {"amount", std::to_string(request.payment.amount)},
                      {"reference", request.payment.payment_id},
                      {"pay_url", request.pay_url}});
}

// A refusal (no address, a pickup under way) shows on the panel; nothing else changes.
Response request_pickup(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  try {
    app::PostalPickups(page.context.services)
        .request(page.principal(), code, core::trim(page.field("address")));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input && error.kind() != app::ErrorKind::conflict)
      throw;
    const auto key = error.fields().empty() ? error.message_key() : error.fields().begin()->second;
    return owner_dossier_page(page, tracking, {{"postal", page.text(key)}},
                              error.kind() == app::ErrorKind::conflict ? 409 : 400);
  }
  return see_other("/ho-so/" + code + "?thong-bao=buu-chinh#buu-chinh");
}

// Every criterion's radio group and the comment; a refusal re-renders the panel with the choices.
Response rate(PageRequest& page) {
  const auto tracking = owner_tracking(page);
  const auto& code = tracking.detail.dossier.code;
  const auto input = posted_rating(page);
  try {
    app::DossierRatings(page.context.services).rate(page.principal(), code, input);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return owner_dossier_page(page, tracking, field_messages(page, error), 400);
  }
  return see_other("/ho-so/" + code + "?thong-bao=danh-gia#danh-gia");
}

}  // namespace

void register_dossier_pages(Router& router, WebContext& context) {
  add_kept_page(router, context, "/ho-so/{ref}", show);
  add_page(router, context, Method::post, "/ho-so/{ref}/bo-sung", supplement);
  add_page(router, context, Method::post, "/ho-so/{ref}/rut", withdraw);
  add_page(router, context, Method::post, "/ho-so/{ref}/tin-nhan", post_message);
  add_page(router, context, Method::post, "/ho-so/{ref}/thanh-toan", pay);
  add_page(router, context, Method::post, "/ho-so/{ref}/buu-chinh", request_pickup);
  add_page(router, context, Method::post, "/ho-so/{ref}/danh-gia", rate);
}

}  // namespace motcua::web::portal
