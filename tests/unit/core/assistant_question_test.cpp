// How the virtual assistant reads a question, with and without diacritics.
#include "core/assistant_question.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(AssistantQuestion, AFeeQuestionNamesItsProcedure) {
  const auto question = read_question("Lệ phí đăng ký khai sinh là bao nhiêu?");
  EXPECT_EQ(question.topic, AssistantTopic::fee);
  EXPECT_EQ(question.search_text, "dang ky khai sinh");
  EXPECT_EQ(read_question("le phi dang ky khai sinh").topic, AssistantTopic::fee);
}

TEST(AssistantQuestion, TimeAndPapersQuestions) {
  EXPECT_EQ(read_question("Đăng ký thường trú mất bao lâu?").topic, AssistantTopic::duration);
  EXPECT_EQ(read_question("dang ky thuong tru mat bao lau").search_text, "dang ky thuong tru");
  EXPECT_EQ(read_question("Làm hộ chiếu cần giấy tờ gì?").topic, AssistantTopic::papers);
  EXPECT_EQ(read_question("cấp thẻ bảo hiểm y tế").topic, AssistantTopic::procedure);
}

TEST(AssistantQuestion, ADossierCodeAsksForItsStatus) {
  const auto question = read_question("Hồ sơ h29.50-261205-0001 đến đâu rồi?");
  EXPECT_EQ(question.topic, AssistantTopic::dossier_status);
  EXPECT_EQ(question.dossier_code, "H29.50-261205-0001");
  EXPECT_EQ(read_question("hồ sơ của tôi đang ở đâu").topic, AssistantTopic::my_dossiers);
}

TEST(AssistantQuestion, NothingButQuestionWordsLeavesNothingToSearch) {
  EXPECT_EQ(read_question("bao nhiêu tiền?").search_text, "");
  EXPECT_EQ(read_question("").topic, AssistantTopic::procedure);
}

TEST(AssistantQuestion, AnAnsweredQuestionCoversTheSameWordsWithOrWithoutDiacritics) {
  const auto answered = "Cấp bản sao trích lục khai sinh qua mạng có mất lệ phí không?";
  EXPECT_DOUBLE_EQ(question_overlap("trich luc khai sinh qua mang co mat le phi khong", answered),
                   1.0);
  EXPECT_LT(question_overlap("đăng ký kết hôn ở đâu", answered), kSameQuestion);
  EXPECT_DOUBLE_EQ(question_overlap("?", answered), 0.0);
}

}  // namespace
}  // namespace motcua::core
