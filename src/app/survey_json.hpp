#pragma once
// The JSON shape of a survey and of one response, the same in the API and in the store:
//   {"title","description","questions":[{"text","type":"single|multiple|text","options":[…],
//    "required"}]}
//   {"answers":{"<question index>":{"choices":[…]} | {"text":"…"}}}
// Reading refuses what is not that shape (400, field named); the content is core::survey's to
// check.
#include <nlohmann/json.hpp>

#include "core/survey.hpp"

namespace motcua::app {

nlohmann::json survey_definition_json(const core::SurveyDefinition& survey);
core::SurveyDefinition survey_definition_from_json(const nlohmann::json& body);

nlohmann::json survey_answers_json(const core::SurveyAnswers& answers);
core::SurveyAnswers survey_answers_from_json(const nlohmann::json& answers);

}  // namespace motcua::app
