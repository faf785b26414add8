#include "core/survey.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

SurveyDefinition sample() {
  return {
      "Mức độ hài lòng",
      "",
      {{"Bạn biết đến Cổng qua đâu?", SurveyQuestionType::multiple, {"Báo chí", "Bạn bè", "Khác"}},
       {"Bạn có hài lòng?", SurveyQuestionType::single, {"Có", "Không"}},
       {"Góp ý thêm", SurveyQuestionType::text, {}, false}}};
}

TEST(Survey, AWellFormedSurveyHasNoProblem) { EXPECT_TRUE(survey_problems(sample()).empty()); }

TEST(Survey, ABadSurveyIsRefusedFieldByField) {
  auto survey = sample();
  survey.title = " ";
  survey.questions[1].options = {"Chỉ một"};
  survey.questions[0].text = "";
  const auto problems = survey_problems(survey);
  EXPECT_EQ(problems.at("title"), "error.required");
  EXPECT_EQ(problems.at("questions.1.options"), "error.survey_options");
  EXPECT_EQ(problems.at("questions.0.text"), "error.required");
  EXPECT_EQ(survey_problems({"Trống", "", {}}).at("questions"), "error.survey_questions");
  survey = sample();
  survey.questions.resize(kMaxSurveyQuestions + 1, survey.questions[1]);
  EXPECT_EQ(survey_problems(survey).at("questions"), "error.survey_questions");
}

TEST(Survey, AnswersAreCheckedAgainstTheirQuestions) {
  const auto survey = sample();
  SurveyAnswers answers{{0, {{2, 0, 2}, "ignored"}}, {1, {{1}, ""}}, {2, {{}, "  Tốt  "}}};
  EXPECT_TRUE(survey_answer_problems(survey, answers).empty());
  EXPECT_EQ(answers[0].choices, (std::vector<int>{0, 2})) << "sorted, each once";
  EXPECT_EQ(answers[0].text, "");
  EXPECT_EQ(answers[2].text, "Tốt");
  EXPECT_EQ(survey_votes(answers).size(), 3U);

  SurveyAnswers bad{{0, {{}, ""}}, {1, {{0, 1}, ""}}, {7, {{0}, ""}}};
  const auto problems = survey_answer_problems(survey, bad);
  EXPECT_EQ(problems.at("answers.0"), "error.required");
  EXPECT_EQ(problems.at("answers.1"), "error.option") << "one choice only";
  EXPECT_EQ(problems.at("answers"), "error.survey_unknown_question");
  EXPECT_FALSE(problems.contains("answers.2")) << "the free text is optional";

  SurveyAnswers out_of_range{{0, {{3}, ""}}, {1, {{-1}, ""}}};
  const auto range = survey_answer_problems(survey, out_of_range);
  EXPECT_EQ(range.at("answers.0"), "error.option");
  EXPECT_EQ(range.at("answers.1"), "error.option");
}

TEST(Survey, QuestionTypesRoundTrip) {
  for (const auto type :
       {SurveyQuestionType::single, SurveyQuestionType::multiple, SurveyQuestionType::text}) {
    SurveyQuestionType parsed{};
    ASSERT_TRUE(parse_survey_question_type(survey_question_type_name(type), parsed));
    EXPECT_EQ(parsed, type);
  }
  SurveyQuestionType parsed{};
  EXPECT_FALSE(parse_survey_question_type("ranking", parsed));
}

}  // namespace
}  // namespace motcua::core
