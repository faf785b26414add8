#pragma once
// The JSON shapes of API.md, shared by the API handlers and the page view models so a dossier or a
// procedure reads the same in both.
#include <nlohmann/json.hpp>
#include <string>

#include "app/document_signing.hpp"
#include "app/dossier_detail.hpp"
#include "app/ports/store.hpp"
#include "core/dossier.hpp"
#include "core/procedure.hpp"

namespace motcua::web {

nlohmann::json status_json(core::Status status);
nlohmann::json optional_instant(const std::optional<core::Instant>& at);

// {"code","name","sector":{…},"agency":{…},"level","duration_working_days"}
nlohmann::json procedure_summary_json(const core::Procedure& procedure);
// The summary plus components, fees, form, legal basis and the other record parts.
nlohmann::json procedure_detail_json(const core::Procedure& procedure);

nlohmann::json dossier_summary_json(const core::Dossier& dossier);
nlohmann::json dossier_detail_json(const app::DossierDetail& detail);
nlohmann::json event_json(const core::DossierEvent& event);
nlohmann::json file_json(const app::StoredFile& file);
// API.md "Signatures and verification": what a signature proves, for GET and POST /api/v1/verify.
nlohmann::json verification_json(const app::Verification& verification);
nlohmann::json lookup_json(const app::LookupResult& result);

}  // namespace motcua::web
