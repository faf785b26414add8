#include "core/survey.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace motcua::core {
namespace {

bool choice_question(const SurveyQuestion& question) {
  return question.type != SurveyQuestionType::text;
}

void check_question(const SurveyQuestion& q, const std::string& at,
                    std::map<std::string, std::string>& problems) {
  if (trim(q.text).empty())
    problems[at + ".text"] = "error.required";
  else if (q.text.size() > kMaxSurveyQuestionText)
    problems[at + ".text"] = "error.too_long";
  if (!choice_question(q)) return;
  if (q.options.size() < 2 || q.options.size() > kMaxSurveyOptions)
    problems[at + ".options"] = "error.survey_options";
  for (const auto& option : q.options) {
    if (trim(option).empty() || option.size() > kMaxSurveyOptionText)
      problems[at + ".options"] = "error.survey_options";
  }
}

std::string check_answer(const SurveyQuestion& q, SurveyAnswer& answer) {
  if (!choice_question(q)) {
    answer.choices.clear();
    answer.text = trim(answer.text);
    if (answer.text.size() > kMaxSurveyTextAnswer) return "error.too_long";
    return q.required && answer.text.empty() ? "error.required" : "";
  }
  answer.text.clear();
  auto& c = answer.choices;
  std::sort(c.begin(), c.end());
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const auto count = static_cast<int>(q.options.size());
  if (std::any_of(c.begin(), c.end(), [&](int i) { return i < 0 || i >= count; }))
    return "error.option";
  if (q.type == SurveyQuestionType::single && c.size() > 1) return "error.option";
  return q.required && c.empty() ? "error.required" : "";
}

}  // namespace

std::string_view survey_question_type_name(SurveyQuestionType type) {
  switch (type) {
    case SurveyQuestionType::multiple:
      return "multiple";
    case SurveyQuestionType::text:
      return "text";
    case SurveyQuestionType::single:
      break;
  }
  return "single";
}

bool parse_survey_question_type(std::string_view name, SurveyQuestionType& type) {
  for (const auto t :
       {SurveyQuestionType::single, SurveyQuestionType::multiple, SurveyQuestionType::text}) {
    if (survey_question_type_name(t) == name) {
      type = t;
      return true;
    }
  }
  return false;
}

std::map<std::string, std::string> survey_problems(const SurveyDefinition& survey) {
  std::map<std::string, std::string> problems;
  if (trim(survey.title).empty())
    problems["title"] = "error.required";
  else if (survey.title.size() > kMaxSurveyTitle)
    problems["title"] = "error.too_long";
  if (survey.description.size() > kMaxSurveyDescription) problems["description"] = "error.too_long";
  if (survey.questions.empty() || survey.questions.size() > kMaxSurveyQuestions)
    problems["questions"] = "error.survey_questions";
  for (std::size_t i = 0; i < survey.questions.size() && i < kMaxSurveyQuestions; ++i)
    check_question(survey.questions[i], "questions." + std::to_string(i), problems);
  return problems;
}

std::map<std::string, std::string> survey_answer_problems(const SurveyDefinition& survey,
                                                          SurveyAnswers& answers) {
  std::map<std::string, std::string> problems;
  for (const auto& [index, answer] : answers) {
    if (index >= survey.questions.size()) problems["answers"] = "error.survey_unknown_question";
  }
  for (std::size_t i = 0; i < survey.questions.size(); ++i) {
    auto& answer = answers[i];
    const auto problem = check_answer(survey.questions[i], answer);
    if (!problem.empty()) problems["answers." + std::to_string(i)] = problem;
  }
  return problems;
}

std::vector<std::pair<std::size_t, int>> survey_votes(const SurveyAnswers& answers) {
  std::vector<std::pair<std::size_t, int>> votes;
  for (const auto& [index, answer] : answers)
    for (const int choice : answer.choices) votes.emplace_back(index, choice);
  return votes;
}

}  // namespace motcua::core
