#pragma once
// View models of a dossier shared by the citizen's pages and the back office: status labels, dates
// as people read them, the form data, the files and the history. Built from the JSON shapes of
// json_views so a dossier reads the same in pages and in the API.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/dossier_detail.hpp"
#include "core/dossier.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

// "09:30 22/11/2026" in Vietnam time, or "" when there is no instant.
std::string display_time(const std::optional<core::Instant>& at);
// The same from an ISO 8601 JSON string (or null).
std::string display_iso(const nlohmann::json& iso);
// {"code", "key", "label", "css"}: the status in the reader's language.
// A status's name in `lang`, as the portal shows it.
const std::string& status_label(const views::Translations& translations, const std::string& lang,
                                core::Status status);
nlohmann::json status_view(const views::Translations& translations, const std::string& lang,
                           core::Status status);

// One dossier in a list: the summary JSON plus display dates, status label and overdue flag.
nlohmann::json dossier_row_view(const views::Translations& translations, const std::string& lang,
                                const core::Dossier& dossier, core::Instant now);

// The e-form's answers as label/value pairs in form order; rows as a small table.
nlohmann::json form_data_view(const views::Translations& translations, const std::string& lang,
                              const std::vector<core::FormField>& fields,
                              const nlohmann::json& form);

// Files with their component's name and the download link.
nlohmann::json files_view(const std::vector<app::StoredFile>& files,
                          const core::Procedure& procedure);

struct HistoryOptions {
  bool show_actor = false;    // officials see who acted; citizens do not
  bool all_comments = false;  // officials see internal comments (forwarding notes)
};

// The dossier's workflow steps as a table: unit, official, status, due and done times and whether
// each step kept its budget (the late ones marked). Empty without a workflow.
nlohmann::json steps_view(const views::Translations& translations, const std::string& lang,
                          const app::DossierDetail& detail);

nlohmann::json history_view(const views::Translations& translations, const std::string& lang,
                            const std::vector<core::DossierEvent>& events,
                            const HistoryOptions& options);

// The components named by the latest supplement request, or none if it named none.
std::vector<std::string> requested_components(const std::vector<core::DossierEvent>& events);
// The reason of the latest supplement request.
std::string supplement_reason(const std::vector<core::DossierEvent>& events);

}  // namespace motcua::web

namespace motcua::web {

// A dossier's page header: the detail JSON plus status label, display dates and overdue flag.
nlohmann::json dossier_detail_view(const views::Translations& translations, const std::string& lang,
                                   const app::DossierDetail& detail, core::Instant now);

}  // namespace motcua::web
