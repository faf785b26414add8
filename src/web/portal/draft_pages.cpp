// Starting a dossier from a procedure, the e-form with one upload per component, and the
// acknowledgement with the dossier code (requirements P4, P6, P7).
#include "app/applicant_dossiers.hpp"
#include "app/catalog.hpp"
#include "web/portal/dossier_views.hpp"
#include "web/portal/draft_edit.hpp"
#include "web/portal/page_support.hpp"
#include "web/portal/portal_pages.hpp"

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

std::string message_of(const FieldMessages& messages, const std::string& key) {
  auto found = messages.find(key);
  return found == messages.end() ? "" : found->second;
}

json components_view(const PageRequest& page, const app::DossierDetail& detail,
                     const FieldMessages& messages) {
  const auto files = files_view(detail.files, detail.procedure);
  json out = json::array();
  for (const auto& component : detail.procedure.components) {
    json mine = json::array();
    for (std::size_t i = 0; i < detail.files.size(); ++i) {
      if (detail.files[i].component_id != component.id) continue;
      auto file = files[i];
      file["delete_label"] = page.context.translations.format(
          page.lang(), "dossier.delete_file_named", {{"name", file["name"].get<std::string>()}});
      mine.push_back(file);
    }
    const auto key = "component:" + component.id;
    const auto error = message_of(messages, key);
    out.push_back({{"id", component.id},
                   {"name", component.name},
                   {"required", component.required},
                   {"originals", component.originals},
                   {"copies", component.copies},
                   {"note", component.note},
                   {"dom_id", field_dom_id(key)},
                   {"error", error},
                   {"has_error", !error.empty()},
                   {"files", mine},
                   {"has_files", !mine.empty()}});
  }
  return out;
}

Response draft_form(PageRequest& page, const app::DossierDetail& detail, const json& answers,
                    const FieldMessages& messages, int status) {
  const auto& translations = page.context.translations;
  const auto& procedure = detail.procedure;
  json model{
      {"title", procedure.name},
      {"nav", "mine"},
      {"procedure", {{"code", procedure.code}, {"name", procedure.name}}},
      {"dossier_id", detail.dossier.id},
      {"flash", messages.empty() ? notice_text(page) : ""},
      {"fields", form_fields_view(translations, page.lang(), procedure.form, answers, messages)},
      {"components", components_view(page, detail, messages)},
      {"has_errors", !messages.empty()},
      {"errors", error_summary_view(translations, page.lang(), procedure.form, procedure.components,
                                    messages)}};
  return render_page(page, "portal/dossier_form", model, status);
}

// The caller's own draft, or where its page now is.
std::optional<app::DossierDetail> own_draft(PageRequest& page) {
  const auto& who = page.principal();
  auto detail = app::load_detail(page.context.services, who.user, page.http.param("ref"));
  if (detail.dossier.owner_id != who.user.id) app::throw_not_found("dossier");
  if (detail.dossier.lifecycle.status != core::Status::draft) return std::nullopt;
  return detail;
}

Response start(PageRequest& page) {
  const auto& who = page.principal();
  const auto code = page.http.param("code");
  const auto procedure = app::Catalog(page.context.services).get(code);
  const auto draft = app::ApplicantDossiers(page.context.services)
                         .create_draft(who, code, profile_answers(procedure.form, who.user));
  return see_other("/ho-so/" + std::to_string(draft.id) + "/sua");
}

Response edit(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so/" + page.http.param("ref"));
  const auto answers = json::parse(detail->dossier.form_json, nullptr, false);
  return draft_form(page, *detail, answers, {}, 200);
}

Response save(PageRequest& page) {
  auto detail = own_draft(page);
  if (!detail) return see_other("/ho-so");
  const auto edit = read_draft_edit(page, detail->procedure);
  const auto outcome =
      apply_draft_edit(page.context.services, page.principal(), detail->dossier.id, edit);
  if (outcome.submitted) return see_other("/ho-so/" + outcome.submitted->code + "/da-nop");
  const auto self = "/ho-so/" + std::to_string(detail->dossier.id) + "/sua";
  if (outcome.errors.empty()) return see_other(self + "?thong-bao=" + outcome.notice);
  FieldMessages messages;
  for (const auto& [key, message_key] : outcome.errors) messages[key] = page.text(message_key);
  auto fresh = own_draft(page);  // the files as they are after this post
  return draft_form(page, fresh ? *fresh : *detail, edit.answers, messages, 400);
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
       {"dossier", dossier_detail_view(page.context.translations, page.lang(), detail, now)}});
}

}  // namespace

void register_draft_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::post, "/thu-tuc/{code}/nop", start);
  add_page(router, context, Method::get, "/ho-so/{ref}/sua", edit);
  add_page(router, context, Method::post, "/ho-so/{ref}/sua", save);
  add_page(router, context, Method::get, "/ho-so/{ref}/da-nop", acknowledgement);
}

}  // namespace motcua::web::portal
