#pragma once
// One post of the e-form does what the citizen asked in one go: the answers are saved first, so
// nothing typed is lost whatever fails next; then the chosen files are stored, and the dossier
// submitted if asked (requirements P4, P6, P7).
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/applicant_dossiers.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web::portal {

// What the post asks besides saving: "save", "upload", "submit", "review" (check, then the review
// page), or a change of the form itself without JavaScript: "refresh_address" (the commune list
// follows the province), "row_add:<field>", "row_remove:<field>:<row>".
struct DraftEdit {
  nlohmann::json answers;
  std::vector<app::Upload> uploads;  // views the request body
  bool submit = false;
  bool review = false;
  bool redraw = false;              // the form is drawn again instead of redirecting
  std::map<std::string, int> rows;  // rows to draw per repeatable field
};

// The e-form's post, read against the procedure's fields and components only.
DraftEdit read_draft_edit(const PageRequest& page, const core::Procedure& procedure);

struct DraftOutcome {
  std::map<std::string, std::string> errors;  // field, "name[0].col" or "component:id" → i18n key
  std::optional<core::Dossier> submitted;
  std::string notice;   // what happened when nothing failed: saved | uploaded
  bool review = false;  // checked and nothing missing: on to the review page
};

DraftOutcome apply_draft_edit(app::Services& services, const app::Principal& who, long long id,
                              const DraftEdit& edit);

}  // namespace motcua::web::portal
