#include "core/feedback.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(Feedback, ASubjectAndABodyAreEnoughAndAContactMustReachSomeone) {
  EXPECT_TRUE(feedback_problems({"Chủ đề", "Nội dung", ""}).empty());
  EXPECT_TRUE(feedback_problems({"Chủ đề", "Nội dung", "0912345678"}).empty());
  EXPECT_TRUE(feedback_problems({"Chủ đề", "Nội dung", "a@example.vn"}).empty());
  EXPECT_EQ(feedback_problems({"Chủ đề", "Nội dung", "gọi tôi"}).at("contact"),
            "error.feedback_contact");
  const auto problems = feedback_problems({" ", std::string(kMaxFeedbackBody + 1, 'x'), ""});
  EXPECT_EQ(problems.at("subject"), "error.required");
  EXPECT_EQ(problems.at("body"), "error.too_long");
}

TEST(Feedback, StatusesRoundTripAndAnAnswerComesOnce) {
  for (const auto status :
       {FeedbackStatus::received, FeedbackStatus::assigned, FeedbackStatus::answered})
    EXPECT_EQ(parse_feedback_status(feedback_status_name(status)), status);
  EXPECT_TRUE(feedback_answerable(FeedbackStatus::assigned));
  EXPECT_FALSE(feedback_answerable(FeedbackStatus::answered));
  EXPECT_EQ(feedback_code(FeedbackKind::feedback, "261205", "3F9A0C1B2D"), "PA261205-3F9A0C1B2D");
}

TEST(Feedback, AQuestionHasItsOwnKindAndCode) {
  EXPECT_EQ(feedback_code(FeedbackKind::question, "261205", "3F9A0C1B2D"), "HD261205-3F9A0C1B2D");
  for (const auto kind : {FeedbackKind::feedback, FeedbackKind::question})
    EXPECT_EQ(parse_feedback_kind(feedback_kind_name(kind)), kind);
  EXPECT_EQ(parse_feedback_kind("complaint"), std::nullopt);
}

}  // namespace
}  // namespace motcua::core
