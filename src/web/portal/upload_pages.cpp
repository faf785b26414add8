// A draft's files, per component (requirements P7): several files at once, replace and delete.
// The e-form's buttons post the whole form here (formaction), so the answers typed so far are saved
// before the files change; static/js/uploads.js posts one file at a time with progress and gets the
// component's block back as HTML. Without the script, a refused file shows the component's own page
// with the message; the rest of the draft is untouched.
#include <charconv>

#include "app/applicant_dossiers.hpp"
#include "app/dossier_uploads.hpp"
#include "app/personal_documents.hpp"
#include "core/byte_size.hpp"
#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/portal/upload_view.hpp"
#include "web/responses.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

struct Refusal {
  int status = 400;
  std::string text;
};

bool from_script(const PageRequest& page) {
  return page.http.header("accept").value_or("").find("application/json") != std::string::npos;
}

long long number_param(const PageRequest& page, const std::string& name, const char* what) {
  const auto text = page.http.param(name);
  long long value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value <= 0)
    app::throw_not_found(what);
  return value;
}

// The caller's own dossier; a filed one answers 409: its files no longer change (only a
// supplement answer adds to them).
app::DossierDetail own_draft(PageRequest& page) {
  auto detail =
      app::load_detail(page.context.services, page.principal().user, page.http.param("ref"));
  if (detail.dossier.owner_id != page.principal().user.id) app::throw_not_found("dossier");
  if (detail.dossier.lifecycle.status != core::Status::draft)
    throw app::AppError(app::ErrorKind::conflict, "not_a_draft", "uploads.error.frozen");
  return detail;
}

const core::Component& component_of(const app::DossierDetail& detail, const std::string& id) {
  for (const auto& component : detail.procedure.components) {
    if (component.id == id) return component;
  }
  app::throw_not_found("component");
}

// Posted from the e-form itself: what was typed is saved first, so nothing is lost.
void save_answers_if_posted(PageRequest& page, const app::DossierDetail& detail) {
  for (const auto& [name, value] : page.form.fields) {
    if (name == "_csrf" || name == "xhr") continue;
    app::ApplicantDossiers(page.context.services)
        .update_draft(page.principal(), detail.dossier.id,
                      posted_answers(detail.procedure.form, page.form.fields));
    return;
  }
}

std::string edit_url(const app::DossierDetail& detail, const std::string& notice,
                     const std::string& component_id) {
  return "/ho-so/" + std::to_string(detail.dossier.id) + "/sua?thong-bao=" + notice + "#" +
         field_dom_id("component:" + component_id) + "-block";
}

json widget_model(PageRequest& page, const app::DossierDetail& detail,
                  const core::Component& component, const std::string& error) {
  UploadWidget widget;
  widget.dossier_id = detail.dossier.id;
  widget.component = component;
  widget.files = detail.files;
  widget.limits = app::DossierUploads(page.context.services).limits();
  widget.error = error;
  widget.stored = app::PersonalDocuments(page.context.services).reusable(page.principal());
  return upload_component_view(page.context.translations, page.lang(), widget);
}

// The component's block as it now is, for the script, or its own page without the script.
Response answer(PageRequest& page, const std::string& component_id, const std::string& notice,
                const Refusal& refusal) {
  const auto detail = own_draft(page);
  const auto& component = component_of(detail, component_id);
  const auto model = widget_model(page, detail, component, refusal.text);
  if (from_script(page)) {
    json body{
        {"html", page.context.renderer.render(page.lang(), "portal/upload_component", model)}};
    if (!refusal.text.empty()) body["error"] = {{"message", refusal.text}};
    return json_response(refusal.text.empty() ? 200 : refusal.status, body);
  }
  if (refusal.text.empty()) return see_other(edit_url(detail, notice, component_id));
  json page_model{{"title", page.context.translations.format(page.lang(), "uploads.component_title",
                                                             {{"name", component.name}})},
                  {"nav", "mine"},
                  {"form_action", upload_url(detail.dossier.id, component.id)},
                  {"back_url", edit_url(detail, "saved", component.id)},
                  {"component", model},
                  {"errors", json::array({{{"href", "#" + model["dom_id"].get<std::string>()},
                                           {"text", refusal.text}}})}};
  return render_page(page, "portal/upload_page", page_model, refusal.status);
}

Refusal refusal_of(const PageRequest& page, const app::AppError& error) {
  if (!app::refuses_one_file(error)) throw error;
  return {http_status(error.kind()),
          upload_error_text(page.context.translations, page.lang(), error)};
}

std::vector<const UploadedFile*> posted_files(const PageRequest& page, const std::string& name) {
  std::vector<const UploadedFile*> files;
  for (const auto& file : page.form.files) {
    if (file.field == name || file.field == "file") files.push_back(&file);
  }
  return files;
}

Response upload(PageRequest& page) {
  const auto detail = own_draft(page);
  const auto& component = component_of(detail, page.http.param("component"));
  save_answers_if_posted(page, detail);
  const auto files = posted_files(page, "file:" + component.id);
  if (files.empty())
    return answer(page, component.id, "", {400, page.text("uploads.error.none_chosen")});
  app::DossierUploads uploads(page.context.services);
  Refusal refusal;  // the first refused file; the others are still stored
  for (const auto* file : files) {
    try {
      uploads.add(page.principal(), detail.dossier.id, {component.id, file->filename, file->data});
    } catch (const app::AppError& error) {
      if (refusal.text.empty()) refusal = refusal_of(page, error);
    }
  }
  return answer(page, component.id, "uploaded", refusal);
}

Response remove(PageRequest& page) {
  const auto detail = own_draft(page);
  const auto file_id = number_param(page, "file_id", "file");
  save_answers_if_posted(page, detail);
  std::string component_id;
  for (const auto& file : detail.files) {
    if (file.id == file_id) component_id = file.component_id;
  }
  app::DossierUploads(page.context.services).remove(page.principal(), detail.dossier.id, file_id);
  return answer(page, component_id, "deleted", {});
}

const app::StoredFile& file_of(const app::DossierDetail& detail, long long file_id) {
  for (const auto& file : detail.files) {
    if (file.id == file_id && file.purpose == "component") return file;
  }
  app::throw_not_found("file");
}

Response replace_page(PageRequest& page, const app::DossierDetail& detail,
                      const app::StoredFile& file, const std::string& error, int status) {
  const auto url = file_action_url(detail.dossier.id, file.id, "thay");
  json errors = json::array();
  if (!error.empty()) errors.push_back({{"href", "#replacement"}, {"text", error}});
  return render_page(
      page, "portal/upload_replace",
      {{"title", page.context.translations.format(page.lang(), "uploads.replace_title",
                                                  {{"name", file.original_name}})},
       {"nav", "mine"},
       {"form_action", url},
       {"file_name", file.original_name},
       {"limits_text",
        page.context.translations.format(
            page.lang(), "uploads.limits",
            {{"file", core::byte_size_text(
                          app::DossierUploads(page.context.services).limits().max_file_bytes)},
             {"dossier",
              core::byte_size_text(
                  app::DossierUploads(page.context.services).limits().max_dossier_bytes)}})},
       {"error", error},
       {"has_errors", !error.empty()},
       {"errors", errors},
       {"back_url", edit_url(detail, "saved", file.component_id)}},
      status);
}

Response replace_form(PageRequest& page) {
  const auto detail = own_draft(page);
  return replace_page(page, detail, file_of(detail, number_param(page, "file_id", "file")), "",
                      200);
}

Response replace(PageRequest& page) {
  const auto detail = own_draft(page);
  const auto& old = file_of(detail, number_param(page, "file_id", "file"));
  save_answers_if_posted(page, detail);
  const auto* file = page.form.file("replacement");
  if (file == nullptr) {
    if (from_script(page))
      return answer(page, old.component_id, "", {400, page.text("uploads.error.none_chosen")});
    return see_other(file_action_url(detail.dossier.id, old.id, "thay"));
  }
  try {
    app::DossierUploads(page.context.services)
        .replace(page.principal(), detail.dossier.id, old.id,
                 {old.component_id, file->filename, file->data});
  } catch (const app::AppError& error) {
    const auto refusal = refusal_of(page, error);
    if (from_script(page)) return answer(page, old.component_id, "", refusal);
    return replace_page(page, detail, old, refusal.text, refusal.status);
  }
  return answer(page, old.component_id, "uploaded", {});
}

// A stored document in place of an upload (requirements P7): the e-form's answers are saved first.
Response reuse(PageRequest& page) {
  const auto detail = own_draft(page);
  const auto& component = component_of(detail, page.http.param("component"));
  save_answers_if_posted(page, detail);
  const auto chosen = page.field(stored_choice_field(component.id));
  long long document_id = 0;
  const auto [end, ec] = std::from_chars(chosen.data(), chosen.data() + chosen.size(), document_id);
  if (ec != std::errc() || end != chosen.data() + chosen.size())
    return answer(page, component.id, "", {400, page.text("uploads.error.none_stored")});
  try {
    app::DossierUploads(page.context.services)
        .reuse(page.principal(), detail.dossier.id, component.id, document_id);
  } catch (const app::AppError& error) {
    return answer(page, component.id, "", refusal_of(page, error));
  }
  return answer(page, component.id, "uploaded", {});
}

Response component_page(PageRequest& page) {
  const auto detail = own_draft(page);
  const auto& component = component_of(detail, page.http.param("component"));
  json model = widget_model(page, detail, component, "");
  return render_page(
      page, "portal/upload_page",
      {{"title", page.context.translations.format(page.lang(), "uploads.component_title",
                                                  {{"name", component.name}})},
       {"nav", "mine"},
       {"form_action", upload_url(detail.dossier.id, component.id)},
       {"back_url", edit_url(detail, "saved", component.id)},
       {"component", model},
       {"errors", json::array()}});
}

}  // namespace

void register_upload_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, "/ho-so/{ref}/giay-to/{component}", component_page);
  add_page(router, context, Method::post, "/ho-so/{ref}/giay-to/{component}", upload);
  add_page(router, context, Method::post, "/ho-so/{ref}/giay-to/{component}/kho", reuse);
  add_page(router, context, Method::post, "/ho-so/{ref}/tep/{file_id}/xoa", remove);
  add_page(router, context, Method::get, "/ho-so/{ref}/tep/{file_id}/thay", replace_form);
  add_page(router, context, Method::post, "/ho-so/{ref}/tep/{file_id}/thay", replace);
}

}  // namespace motcua::web::portal
