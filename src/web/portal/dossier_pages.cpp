// The citizen's dossier page with its progress, files, the answer to a supplement request and
// withdrawal (P4, P13); the list "my dossiers" is in my_dossiers_page.cpp.
#include <algorithm>

#include "app/applicant_dossiers.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/dossier_views.hpp"
#include "web/portal/page_support.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kNotices{{"bo-sung", "dossier.supplement_sent"},
                                                  {"rut", "dossier.withdrawn"}};

bool may(const app::DossierDetail& detail, core::Action action) {
  return std::find(detail.actions.begin(), detail.actions.end(), action) != detail.actions.end();
}

std::string message_of(const FieldMessages& messages, const std::string& key) {
  auto found = messages.find(key);
  return found == messages.end() ? "" : found->second;
}

// The components a supplement answers: those requested, or all when the request named none.
json supplement_view(const PageRequest& page, const app::DossierDetail& detail,
                     const FieldMessages& messages) {
  auto requested = requested_components(detail.events);
  json components = json::array();
  for (const auto& component : detail.procedure.components) {
    const bool wanted = requested.empty() || std::find(requested.begin(), requested.end(),
                                                       component.id) != requested.end();
    if (!wanted) continue;
    const auto key = "component:" + component.id;
    const auto error = message_of(messages, key);
    components.push_back({{"id", component.id},
                          {"name", component.name},
                          {"dom_id", field_dom_id(key)},
                          {"error", error},
                          {"has_error", !error.empty()}});
  }
  return {{"reason", supplement_reason(detail.events)},
          {"components", components},
          {"comment", page.field("comment")}};
}

Response owner_page(PageRequest& page, const app::DossierDetail& detail,
                    const FieldMessages& messages, int status) {
  const auto& translations = page.context.translations;
  const auto now = page.context.services.clock.now();
  const auto files = files_view(detail.files, detail.procedure);
  json model{{"title", detail.dossier.code + " – " + detail.procedure.name},
             {"nav", "mine"},
             {"dossier", dossier_detail_view(translations, page.lang(), detail, now)},
             {"history", history_view(translations, page.lang(), detail.events, {})},
             {"form_data", form_data_view(translations, page.lang(), detail.procedure.form,
                                          json::parse(detail.dossier.form_json, nullptr, false))},
             {"files", files},
             {"has_files", !files.empty()},
             {"has_errors", !messages.empty()},
             {"errors", error_summary_view(translations, page.lang(), {},
                                           detail.procedure.components, messages)}};
  auto notice = kNotices.find(page.http.query_or("thong-bao", ""));
  if (notice != kNotices.end() && messages.empty()) model["flash"] = page.text(notice->second);
  if (may(detail, core::Action::answer_supplement))
    model["supplement"] = supplement_view(page, detail, messages);
  if (may(detail, core::Action::withdraw)) {
    const auto error = message_of(messages, "reason");
    model["withdraw"] = {
        {"reason", page.field("reason")}, {"error", error}, {"has_error", !error.empty()}};
  }
  return render_page(page, "portal/dossier", model, status);
}

// The caller's own submitted dossier; officials are sent to the back-office page.
app::DossierDetail own_dossier(PageRequest& page) {
  const auto& who = page.principal();
  auto detail = app::load_detail(page.context.services, who.user, page.http.param("ref"));
  if (detail.dossier.owner_id != who.user.id) app::throw_not_found("dossier");
  return detail;
}

Response show(PageRequest& page) {
  const auto& user = page.principal().user;
  if (user.is_official()) return see_other("/mot-cua/ho-so/" + page.http.param("ref"));
  const auto detail = own_dossier(page);
  if (detail.dossier.lifecycle.status == core::Status::draft)
    return see_other("/ho-so/" + std::to_string(detail.dossier.id) + "/sua");
  return owner_page(page, detail, {}, 200);
}

Response supplement(PageRequest& page) {
  const auto detail = own_dossier(page);
  std::vector<app::Upload> uploads;
  for (const auto& file : page.form.files) {
    if (file.field.rfind("file:", 0) == 0 && !file.data.empty())
      uploads.push_back({file.field.substr(5), file.filename, file.data});
  }
  try {
    app::ApplicantDossiers(page.context.services)
        .answer_supplement(page.principal(), detail.dossier.code, page.field("comment"), uploads);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input && error.kind() != app::ErrorKind::too_large)
      throw;
    const auto component =
        uploads.empty() ? std::string("comment") : "component:" + uploads.front().component_id;
    return owner_page(
        page, detail,
        {{component, page.text(error.fields().empty() ? error.message_key()
                                                      : error.fields().begin()->second)}},
        400);
  }
  return see_other("/ho-so/" + detail.dossier.code + "?thong-bao=bo-sung");
}

Response withdraw(PageRequest& page) {
  const auto detail = own_dossier(page);
  const auto reason = page.field("reason");
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    return owner_page(page, detail, {{"reason", page.text("error.required")}}, 400);
  app::ApplicantDossiers(page.context.services)
      .withdraw(page.principal(), detail.dossier.code, reason);
  return see_other("/ho-so/" + detail.dossier.code + "?thong-bao=rut");
}

}  // namespace

void register_dossier_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/ho-so/{ref}", show);
  add_page(router, context, Method::post, "/ho-so/{ref}/bo-sung", supplement);
  add_page(router, context, Method::post, "/ho-so/{ref}/rut", withdraw);
}

}  // namespace motcua::web::portal
