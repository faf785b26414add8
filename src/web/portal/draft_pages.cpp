// Starting a dossier from a procedure, the e-form with the upload widget of each component, the
// review page with the declaration, and the acknowledgement with the dossier code (requirements P4,
// P6, P7).
#include <cstdio>

#include "app/admin_units.hpp"
#include "app/applicant_dossiers.hpp"
#include "app/bounded_json.hpp"
#include "app/catalog.hpp"
#include "app/declaration_signing.hpp"
#include "app/dossier_uploads.hpp"
#include "app/personal_documents.hpp"
#include "web/pages/declaration_view.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/catalog_pages.hpp"
#include "web/portal/draft_edit.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/review_view.hpp"
#include "web/portal/upload_view.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kNotices{{"saved", "dossier.saved"},
                                                  {"uploaded", "dossier.file_added"},
                                                  {"deleted", "dossier.file_deleted"}};

std::string notice_text(const PageRequest& page) {
  auto found = kNotices.find(page.http.query_or("thong-bao", ""));
  return found == kNotices.end() ? "" : page.text(found->second);
}

// "Đã lưu lúc 09:41": when the draft was last written, in Vietnam time.
std::string saved_note(const PageRequest& page, core::Instant at) {
  const auto minute = core::to_local(at).minute_of_day;
  char time[8];
  std::snprintf(time, sizeof time, "%02d:%02d", minute / 60 % 24, minute % 60);
  return page.context.translations.format(page.lang(), "eform.autosave.saved", {{"time", time}});
}

FieldMessages messages_of(const PageRequest& page, const core::FieldErrors& errors) {
  FieldMessages messages;
  for (const auto& [key, message_key] : errors) messages[key] = page.text(message_key);
  return messages;
}

Response draft_form(PageRequest& page, const app::DossierDetail& detail, const json& answers,
                    const FieldMessages& messages, int status,
                    const std::map<std::string, int>& rows = {}) {
  const auto& translations = page.context.translations;
  const auto& procedure = detail.procedure;
  const auto choices = app::AdminUnits(page.context.services)
                           .choices(app::chosen_provinces(procedure.form, answers));
  const FormExtras extras{&choices, rows};
  json model{
      {"title", procedure.name},
      {"nav", "mine"},
      {"procedure", {{"code", procedure.code}, {"name", procedure.name}}},
      {"dossier_id", detail.dossier.id},
      {"flash", messages.empty() ? notice_text(page) : ""},
      {"fields",
       form_fields_view(translations, page.lang(), procedure.form, answers, messages, extras)},
      {"components",
       upload_components_view(
           translations, page.lang(), detail, app::DossierUploads(page.context.services).limits(),
           messages, app::PersonalDocuments(page.context.services).reusable(page.principal()))},
      {"has_errors", !messages.empty()},
      {"messages_json", eform_client_messages(page.context.translations, page.lang())},
      {"saved_note", saved_note(page, detail.dossier.updated_at)},
      {"errors", error_summary_view(translations, page.lang(), procedure.form, procedure.components,
                                    messages)}};
  return render_page(page, "portal/dossier_form", std::move(model), status);
}

// The caller's own draft, or where its page now is.
std::optional<app::DossierDetail> own_draft(PageRequest& page) {
  const auto& who = page.principal();
  auto detail = app::load_detail(page.context.services, who.user, page.http.param("ref"));
  if (detail.dossier.owner_id != who.user.id) app::throw_not_found("dossier");
  if (detail.dossier.lifecycle.status != core::Status::draft) return std::nullopt;
  return detail;
}

std::string draft_path(const app::DossierDetail& detail, const std::string& page) {
  return "/ho-so/" + std::to_string(detail.dossier.id) + "/" + page;
}

Response start(PageRequest& page) {
  const auto& who = page.principal();
  const auto code = page.http.param("code");
  const auto procedure = app::Catalog(page.context.services).get(code);
  if (app::national_portal_link(page.context.services.policy, code))
    return national_portal_page(page, procedure);  // requirements §13.6
  const auto draft = app::ApplicantDossiers(page.context.services)
                         .create_draft(who, code, profile_answers(procedure.form, who.user));
  return see_other("/ho-so/" + std::to_string(draft.id) + "/sua");
}

// ?kiem-tra=1 shows what still stops the draft from being filed (the review page sends back here).
Response edit(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so/" + page.http.param("ref"));
  const auto answers = app::parse_bounded_json(detail->dossier.form_json);
  FieldMessages messages;
  if (page.http.query_or("kiem-tra", "") == "1") {
    messages = messages_of(page, app::ApplicantDossiers(page.context.services)
                                     .check_draft(page.principal(), detail->dossier.id));
  }
  return draft_form(page, *detail, answers, messages, 200);
}

Response save(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so");
  const auto edit = read_draft_edit(page, detail->procedure);
  const auto outcome =
      apply_draft_edit(page.context.services, page.principal(), detail->dossier.id, edit);
  if (outcome.submitted) return see_other("/ho-so/" + outcome.submitted->code + "/da-nop");
  if (outcome.review) return see_other(draft_path(*detail, "xem-lai"));
  if (outcome.errors.empty() && !edit.redraw) {
    return see_other(draft_path(*detail, "sua") + "?thong-bao=" + outcome.notice);
  }
  auto fresh = own_draft(page);  // the files as they are after this post
  return draft_form(page, fresh ? *fresh : *detail, edit.answers, messages_of(page, outcome.errors),
                    outcome.errors.empty() ? 200 : 400, edit.rows);
}

// The script's quiet save a few seconds after typing stops: the answers only, never files.
Response autosave(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) app::throw_not_found("dossier");
  const auto answers = posted_answers(detail->procedure.form, page.form.fields);
  const auto saved = app::ApplicantDossiers(page.context.services)
                         .update_draft(page.principal(), detail->dossier.id, answers);
  return json_response(200, {{"saved", true}, {"message", saved_note(page, saved.updated_at)}});
}

// The eSign panel of the review page: offered when a gateway is connected, or when the draft
// already carries a signature.
json signing_view(PageRequest& page, const app::DossierDetail& detail) {
  app::DeclarationSigning signing(page.context.services);
  const auto state = signing.state(page.principal(), std::to_string(detail.dossier.id));
  auto view = declaration_view(page, state);
  view["available"] = signing.available();
  view["any"] = signing.available() || state.signature.has_value();
  view["signed_now"] = page.http.query_or("da-ky", "") == "1" && state.covers;
  return view;
}

Response review_page(PageRequest& page, const app::DossierDetail& detail,
                     const FieldMessages& messages, int status) {
  const auto form = app::parse_bounded_json(detail.dossier.form_json);
  auto names = app::AdminUnits(page.context.services)
                   .choices(app::chosen_provinces(detail.procedure.form, form));
  json errors = json::array();
  for (const auto& [key, message] : messages)
    errors.push_back(
        {{"href", key == "signature" ? "#sign-declaration" : "#declaration"}, {"text", message}});
  json model{{"title", page.text("eform.review.title")},
             {"nav", "mine"},
             {"procedure", {{"code", detail.procedure.code}, {"name", detail.procedure.name}}},
             {"dossier_id", detail.dossier.id},
             {"review", review_view(page.context.translations, page.lang(), detail, names)},
             {"has_errors", !messages.empty()},
             {"errors", errors},
             {"declaration_error", messages.count("declaration") ? messages.at("declaration") : ""},
             {"signature_error", messages.count("signature") ? messages.at("signature") : ""},
             {"signing", signing_view(page, detail)}};
  return render_page(page, "portal/review", std::move(model), status);
}

Response review(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so/" + page.http.param("ref"));
  const auto errors = app::ApplicantDossiers(page.context.services)
                          .check_draft(page.principal(), detail->dossier.id);
  if (!errors.empty()) return see_other(draft_path(*detail, "sua") + "?kiem-tra=1");
  return review_page(page, *detail, {}, 200);
}

// The national forms close with the applicant's declaration (lời cam đoan); filed online, the
// dossier carries the same: nothing is filed until the box is ticked.
Response submit_reviewed(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so/" + page.http.param("ref"));
  if (page.field("declaration") != "true") {
    return review_page(page, *detail, {{"declaration", page.text("eform.error.declaration")}}, 400);
  }
  try {
    const auto dossier =
        app::ApplicantDossiers(page.context.services).submit(page.principal(), detail->dossier.id);
    return see_other("/ho-so/" + dossier.code + "/da-nop");
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    if (error.fields().contains("signature"))
      return review_page(page, *detail, messages_of(page, error.fields()), 400);
    const auto answers = app::parse_bounded_json(detail->dossier.form_json);
    return draft_form(page, *detail, answers, messages_of(page, error.fields()), 400);
  }
}

// Signs the draft through eSign (requirements P8); whatever the gateway does, the draft stays.
Response sign_declaration(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so/" + page.http.param("ref"));
  try {
    app::DeclarationSigning(page.context.services).sign(page.principal(), detail->dossier.id);
  } catch (const app::AppError& error) {
    const auto field =
        error.fields().empty() ? error.message_key() : error.fields().begin()->second;
    return review_page(page, *detail, {{"signature", page.text(field)}}, http_status(error.kind()));
  }
  return see_other(draft_path(*detail, "xem-lai") + "?da-ky=1#sign-declaration");
}

Response acknowledgement(PageRequest& page) {
  const auto& who = page.principal();
  const auto detail = app::load_detail(page.context.services, who.user, page.http.param("ref"));
  if (detail.dossier.owner_id != who.user.id || detail.dossier.code.empty())
    app::throw_not_found("dossier");
  const auto now = page.context.services.clock.now();
  return render_page(
      page, "portal/submitted",
      {{"title", page.text("dossier.submitted_title")},
       {"nav", "mine"},
       {"receipt_url", "/ho-so/" + detail.dossier.code + "/bien-nhan.pdf"},
       {"dossier", dossier_detail_view(page.context.translations, page.lang(), detail, now)}});
}

}  // namespace

void register_draft_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::post, "/thu-tuc/{code}/nop", start);
  add_page(router, context, Method::get, "/ho-so/{ref}/sua", edit);
  add_page(router, context, Method::post, "/ho-so/{ref}/sua", save);
  add_page(router, context, Method::post, "/ho-so/{ref}/luu-nhap", autosave);
  add_page(router, context, Method::get, "/ho-so/{ref}/xem-lai", review);
  add_page(router, context, Method::post, "/ho-so/{ref}/xem-lai", submit_reviewed);
  add_page(router, context, Method::post, "/ho-so/{ref}/ky-so", sign_declaration);
  add_page(router, context, Method::get, "/ho-so/{ref}/da-nop", acknowledgement);
}

}  // namespace motcua::web::portal
