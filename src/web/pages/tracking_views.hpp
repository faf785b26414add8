#pragma once
// view models of the owner's dossier page (timeline by unit, time used, forecast,
// messages, results, documents), the notifications page and the public progress of the lookup.
// Shared by the portal and the back office; officers' names never appear in them.
#include <map>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "app/dossier_tracking.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

// Which side the reader is on decides how a message's side is labelled ("You" / "Citizen").
enum class Reader { owner, official };

nlohmann::json timeline_view(const views::Translations& translations, const std::string& lang,
                             const std::vector<app::TimelineStep>& steps);

// {"used_days", "allowed_days", "percent", "late", "text", "due", "predicted", "basis_text", …};
// null when the clock has not started.
nlohmann::json schedule_view(const views::Translations& translations, const std::string& lang,
                             const app::DossierTracking& tracking);

nlohmann::json messages_view(const views::Translations& translations, const std::string& lang,
                             const std::vector<app::DossierMessage>& messages, Reader reader);

// `signatures` maps a signed result's sha256 to its verification id.
nlohmann::json results_view(const views::Translations& translations, const std::string& lang,
                            const std::vector<app::StoredFile>& results,
                            const std::map<std::string, std::string>& signatures);

nlohmann::json notification_view(const views::Translations& translations, const std::string& lang,
                                 const app::Notification& notification);

// `stage_times`: when each stage was reached, as shown ("" for those not reached).
nlohmann::json progress_view(const views::Translations& translations, const std::string& lang,
                             const app::PublicProgress& progress,
                             std::span<const std::string> stage_times);

// Working days as people say them: "2", "2,5" (vi) / "2.5" (en).
std::string working_days_text(long long minutes, int minutes_per_day, const std::string& lang);

}  // namespace motcua::web
