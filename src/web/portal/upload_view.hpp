#pragma once
// The model of templates/portal/upload_component.mustache: one dossier component with its files,
// the limits in force and the upload control (requirements P7). The e-form draws one per component
// with upload_components_view; the supplement answer page builds one with upload_component_view.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/dossier_detail.hpp"
#include "app/dossier_uploads.hpp"
#include "app/errors.hpp"
#include "views/i18n.hpp"
#include "web/pages/form_view.hpp"

namespace motcua::web::portal {

struct UploadWidget {
  long long dossier_id = 0;
  core::Component component;
  std::vector<app::StoredFile>
      files;                 // the dossier's files: those of this component and purpose are listed
  app::UploadLimits limits;  // DossierUploads::limits()
  std::string error;         // the component's message in the reader's language
  bool editable = true;      // a draft's files; false lists them only
  std::string purpose = "component";  // which of the dossier's files are listed
  std::string input_name;             // "" is "file:<component id>", what the e-form's post reads
  bool own_button = true;             // false: the enclosing form's submit sends the files
  // The citizen's stored documents, offered in place of an upload (requirements P7, §13.8).
  std::vector<app::PersonalDocument> stored;
};

nlohmann::json upload_component_view(const views::Translations& translations,
                                     const std::string& lang, const UploadWidget& widget);

// Every component of a draft, with the messages of the last check keyed "component:<id>".
nlohmann::json upload_components_view(const views::Translations& translations,
                                      const std::string& lang, const app::DossierDetail& detail,
                                      const app::UploadLimits& limits,
                                      const FieldMessages& messages,
                                      const std::vector<app::PersonalDocument>& stored = {});

// Where the widget's routes are (upload_pages.cpp).
std::string upload_url(long long dossier_id, const std::string& component_id);
// The field naming the stored document chosen for a component, and where the choice is posted.
std::string stored_choice_field(const std::string& component_id);
std::string reuse_url(long long dossier_id, const std::string& component_id);
std::string component_page_url(long long dossier_id, const std::string& component_id);
std::string file_action_url(long long dossier_id, long long file_id, const std::string& action);

// "Tệp {name} ({size}) vượt quá …": an upload failure as the reader reads it, naming the file.
std::string upload_error_text(const views::Translations& translations, const std::string& lang,
                              const app::AppError& error);

}  // namespace motcua::web::portal
