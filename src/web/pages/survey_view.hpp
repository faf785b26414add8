#pragma once
// A survey's questions and its results as the portal and the back office show them.
#include <nlohmann/json.hpp>

#include "app/surveys.hpp"
#include "web/pages/page_support.hpp"

namespace motcua::web {

// The survey named by the path's {id}; 404 when it is not a number.
long long survey_id_param(const PageRequest& page);

// The survey's title, state, dates and response count.
nlohmann::json survey_summary_view(PageRequest& page, app::Surveys& surveys,
                                   const app::Survey& survey);
// Each question with its options' votes and share, or its latest free texts.
nlohmann::json survey_results_view(const app::SurveyResults& results);

}  // namespace motcua::web
