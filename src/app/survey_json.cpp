#include "app/survey_json.hpp"

#include "app/errors.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

[[noreturn]] void bad_shape(const std::string& field) {
  throw_invalid({{field, "error.form_shape"}});
}

std::string text_of(const json& body, const char* name, const std::string& field) {
  if (!body.contains(name)) return {};
  if (!body[name].is_string()) bad_shape(field);
  return body[name].get<std::string>();
}

std::vector<std::string> options_of(const json& question, const std::string& field) {
  std::vector<std::string> options;
  if (!question.contains("options")) return options;
  const auto& list = question["options"];
  if (!list.is_array() || list.size() > core::kMaxSurveyOptions) bad_shape(field);
  for (const auto& option : list) {
    if (!option.is_string()) bad_shape(field);
    options.push_back(option.get<std::string>());
  }
  return options;
}

core::SurveyQuestion question_from_json(const json& q, const std::string& field) {
  if (!q.is_object()) bad_shape(field);
  core::SurveyQuestion question;
  question.text = text_of(q, "text", field + ".text");
  if (!core::parse_survey_question_type(text_of(q, "type", field + ".type"), question.type))
    throw_invalid({{field + ".type", "error.option"}});
  question.options = options_of(q, field + ".options");
  if (q.contains("required")) {
    if (!q["required"].is_boolean()) bad_shape(field + ".required");
    question.required = q["required"].get<bool>();
  }
  return question;
}

core::SurveyAnswer answer_from_json(const json& a, const std::string& field) {
  if (!a.is_object()) bad_shape(field);
  core::SurveyAnswer answer;
  answer.text = text_of(a, "text", field);
  if (!a.contains("choices")) return answer;
  const auto& choices = a["choices"];
  if (!choices.is_array() || choices.size() > core::kMaxSurveyOptions) bad_shape(field);
  for (const auto& choice : choices) {
    if (!choice.is_number_integer()) bad_shape(field);
    answer.choices.push_back(choice.get<int>());
  }
  return answer;
}

}  // namespace

json survey_definition_json(const core::SurveyDefinition& survey) {
  json questions = json::array();
  for (const auto& q : survey.questions)
    questions.push_back({{"text", q.text},
                         {"type", std::string(core::survey_question_type_name(q.type))},
                         {"options", q.options},
                         {"required", q.required}});
  return {{"title", survey.title}, {"description", survey.description}, {"questions", questions}};
}

core::SurveyDefinition survey_definition_from_json(const json& body) {
  if (!body.is_object()) bad_shape("survey");
  core::SurveyDefinition survey;
  survey.title = text_of(body, "title", "title");
  survey.description = text_of(body, "description", "description");
  if (!body.contains("questions")) return survey;
  const auto& questions = body["questions"];
  if (!questions.is_array() || questions.size() > core::kMaxSurveyQuestions)
    throw_invalid({{"questions", "error.survey_questions"}});
  for (std::size_t i = 0; i < questions.size(); ++i)
    survey.questions.push_back(question_from_json(questions[i], "questions." + std::to_string(i)));
  return survey;
}

json survey_answers_json(const core::SurveyAnswers& answers) {
  json out = json::object();
  for (const auto& [index, answer] : answers) {
    if (!answer.choices.empty())
      out[std::to_string(index)] = {{"choices", answer.choices}};
    else if (!answer.text.empty())
      out[std::to_string(index)] = {{"text", answer.text}};
  }
  return out;
}

core::SurveyAnswers survey_answers_from_json(const json& answers) {
  if (!answers.is_object() || answers.size() > core::kMaxSurveyQuestions) bad_shape("answers");
  core::SurveyAnswers out;
  for (const auto& [key, value] : answers.items()) {
    const auto field = "answers." + key;
    if (key.empty() || key.size() > 3 || key.find_first_not_of("0123456789") != std::string::npos)
      throw_invalid({{"answers", "error.survey_unknown_question"}});
    out[std::stoul(key)] = answer_from_json(value, field);
  }
  return out;
}

}  // namespace motcua::app
