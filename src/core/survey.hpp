#pragma once
// Khảo sát ý kiến (requirements §4 P18): an administrator builds a survey of questions, each a
// single choice, several choices or a free text; signed-in people answer it once while it is open,
// and its results are the votes per option and the latest free texts.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace motcua::core {

enum class SurveyQuestionType { single, multiple, text };

std::string_view survey_question_type_name(SurveyQuestionType type);
bool parse_survey_question_type(std::string_view name, SurveyQuestionType& type);

inline constexpr std::size_t kMaxSurveyTitle = 200;
inline constexpr std::size_t kMaxSurveyDescription = 2000;
inline constexpr std::size_t kMaxSurveyQuestions = 30;
inline constexpr std::size_t kMaxSurveyQuestionText = 500;
inline constexpr std::size_t kMaxSurveyOptions = 12;
inline constexpr std::size_t kMaxSurveyOptionText = 200;
inline constexpr std::size_t kMaxSurveyTextAnswer = 2000;

struct SurveyQuestion {
  std::string text;
  SurveyQuestionType type = SurveyQuestionType::single;
  std::vector<std::string> options;  // single and multiple: at least two
  bool required = true;
};

struct SurveyDefinition {
  std::string title;
  std::string description;
  std::vector<SurveyQuestion> questions;
};

// One respondent's answers, by question index: the chosen option indexes, or one free text.
struct SurveyAnswer {
  std::vector<int> choices;
  std::string text;
};
using SurveyAnswers = std::map<std::size_t, SurveyAnswer>;

// What is wrong, by field ("title", "questions", "questions.2.options", …); empty when it may be
// published.
std::map<std::string, std::string> survey_problems(const SurveyDefinition& survey);

// What is wrong with the answers, by field ("answers.1"); empty when they may be recorded.
// Choices are deduplicated and sorted in place; texts are trimmed.
std::map<std::string, std::string> survey_answer_problems(const SurveyDefinition& survey,
                                                          SurveyAnswers& answers);

// The (question, option) pairs one response votes for.
std::vector<std::pair<std::size_t, int>> survey_votes(const SurveyAnswers& answers);

}  // namespace motcua::core
