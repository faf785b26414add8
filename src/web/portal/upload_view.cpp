#include "web/portal/upload_view.hpp"

#include "core/byte_size.hpp"
#include "web/pages/safe_redirect.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr const char* kAccept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

std::string type_label(const std::string& content_type) {
  if (content_type == "application/pdf") return "PDF";
  if (content_type == "image/jpeg") return "JPEG";
  if (content_type == "image/png") return "PNG";
  return "?";
}

// The messages uploads.js shows before sending and when the server refuses without a message.
std::string client_messages(const views::Translations& translations, const std::string& lang) {
  json messages = json::object();
  for (const auto* key :
       {"uploads.error.file_too_large", "uploads.error.type", "uploads.error.empty",
        "uploads.error.failed", "uploads.error.none_chosen", "uploads.progress", "uploads.done"}) {
    messages[key] = translations.text(lang, key);
  }
  return messages.dump();
}

json file_view(const views::Translations& translations, const std::string& lang,
               const UploadWidget& widget, const app::StoredFile& file) {
  const auto name = file.original_name.empty() ? file.sha256.substr(0, 12) : file.original_name;
  const auto id = std::to_string(file.id);
  const bool image = file.content_type == "image/jpeg" || file.content_type == "image/png";
  return {{"id", file.id},
          {"name", name},
          {"size", core::byte_size_text(file.size)},
          {"type_label", type_label(file.content_type)},
          {"url", "/tep/" + id},
          {"is_image", image},
          {"thumbnail_url", image ? "/tep/" + id + "/anh-nho" : ""},
          {"delete_url", file_action_url(widget.dossier_id, file.id, "xoa")},
          {"replace_url", file_action_url(widget.dossier_id, file.id, "thay")},
          {"delete_label", translations.format(lang, "uploads.delete_named", {{"name", name}})},
          {"replace_label", translations.format(lang, "uploads.replace_named", {{"name", name}})}};
}

}  // namespace

std::string upload_url(long long dossier_id, const std::string& component_id) {
  return "/ho-so/" + std::to_string(dossier_id) + "/giay-to/" + url_encode(component_id);
}

std::string component_page_url(long long dossier_id, const std::string& component_id) {
  return upload_url(dossier_id, component_id);
}

std::string file_action_url(long long dossier_id, long long file_id, const std::string& action) {
  return "/ho-so/" + std::to_string(dossier_id) + "/tep/" + std::to_string(file_id) + "/" + action;
}

std::string stored_choice_field(const std::string& component_id) {
  return "document:" + component_id;
}

std::string reuse_url(long long dossier_id, const std::string& component_id) {
  return upload_url(dossier_id, component_id) + "/kho";
}

namespace {

json stored_view(const views::Translations& translations, const std::string& lang,
                 const UploadWidget& widget) {
  json stored = json::array();
  if (!widget.editable || !widget.own_button) return stored;
  for (const auto& document : widget.stored) {
    const auto source = translations.format(
        lang, document.result ? "uploads.stored_result" : "uploads.stored_upload",
        {{"code", document.source_dossier}});
    stored.push_back({{"id", document.id}, {"label", document.name + " – " + source}});
  }
  return stored;
}

}  // namespace

json upload_component_view(const views::Translations& translations, const std::string& lang,
                           const UploadWidget& widget) {
  const auto& component = widget.component;
  json files = json::array();
  for (const auto& file : widget.files) {
    if (file.component_id == component.id && file.purpose == widget.purpose)
      files.push_back(file_view(translations, lang, widget, file));
  }
  const auto limits_text =
      translations.format(lang, "uploads.limits",
                          {{"file", core::byte_size_text(widget.limits.max_file_bytes)},
                           {"dossier", core::byte_size_text(widget.limits.max_dossier_bytes)}});
  return {{"id", component.id},
          {"name", component.name},
          {"required", component.required},
          {"originals", component.originals},
          {"copies", component.copies},
          {"note", component.note},
          {"dom_id", field_dom_id("component:" + component.id)},
          {"error", widget.error},
          {"has_error", !widget.error.empty()},
          {"accept", kAccept},
          {"limits_text", limits_text},
          {"max_file_bytes", widget.limits.max_file_bytes},
          {"max_dossier_bytes", widget.limits.max_dossier_bytes},
          {"client_messages", client_messages(translations, lang)},
          {"editable", widget.editable},
          {"input_name", widget.input_name.empty() ? "file:" + component.id : widget.input_name},
          {"own_button", widget.own_button},
          {"upload_url", upload_url(widget.dossier_id, component.id)},
          {"files", files},
          {"has_files", !files.empty()},
          {"stored", stored_view(translations, lang, widget)},
          {"has_stored", widget.editable && widget.own_button && !widget.stored.empty()},
          {"stored_field", stored_choice_field(component.id)},
          {"reuse_url", reuse_url(widget.dossier_id, component.id)}};
}

json upload_components_view(const views::Translations& translations, const std::string& lang,
                            const app::DossierDetail& detail, const app::UploadLimits& limits,
                            const FieldMessages& messages,
                            const std::vector<app::PersonalDocument>& stored) {
  json out = json::array();
  for (const auto& component : detail.procedure.components) {
    UploadWidget widget;
    widget.dossier_id = detail.dossier.id;
    widget.component = component;
    widget.files = detail.files;
    widget.limits = limits;
    widget.editable = detail.dossier.lifecycle.status == core::Status::draft;
    widget.stored = stored;
    auto found = messages.find("component:" + component.id);
    if (found != messages.end()) widget.error = found->second;
    out.push_back(upload_component_view(translations, lang, widget));
  }
  return out;
}

std::string upload_error_text(const views::Translations& translations, const std::string& lang,
                              const app::AppError& error) {
  if (!error.params.empty()) return translations.format(lang, error.message_key(), error.params);
  if (!error.fields().empty()) return translations.text(lang, error.fields().begin()->second);
  return translations.text(lang, error.message_key());
}

}  // namespace motcua::web::portal
