// The virtual assistant answers from the catalog and the dossiers, says when it does not know, and
// refuses an empty or overlong question.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using AssistantApi = ApiTest;

TEST_F(AssistantApi, AnswersAFeeQuestionWithoutDiacriticsAndLinksTheProcedure) {
  const auto answer = get("/api/v1/assistant?q=" + url_encode("le phi dang ky khai sinh"));
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_TRUE(answer.json().at("known").get<bool>());
  EXPECT_NE(answer.json().at("answer").get<std::string>().find("đồng"), std::string::npos)
      << answer.body;
  EXPECT_EQ(answer.json().at("links")[0].at("url"),
            "/thu-tuc/" + birth_procedure().at("code").get<std::string>());
}

TEST_F(AssistantApi, TellsTheStatusOfADossierAndTheCountOfMine) {
  const auto dossier = submitted_dossier();
  const auto status = get("/api/v1/assistant?q=" + url_encode("Hồ sơ " + dossier.code + "?"));
  ASSERT_EQ(status.status, 200);
  EXPECT_NE(status.json().at("answer").get<std::string>().find(dossier.code), std::string::npos);
  const auto mine = get("/api/v1/assistant?q=" + url_encode("hồ sơ của tôi"), kCitizen);
  EXPECT_EQ(mine.json().at("links")[0].at("url"), "/ho-so") << mine.body;
}

TEST_F(AssistantApi, SaysWhenItDoesNotKnowAndRefusesBadQuestions) {
  const auto unknown = get("/api/v1/assistant?q=" + url_encode("qwxz plmk"));
  ASSERT_EQ(unknown.status, 200);
  EXPECT_FALSE(unknown.json().at("known").get<bool>());
  EXPECT_EQ(unknown.json().at("links").size(), 3U);
  EXPECT_EQ(get("/api/v1/assistant?q=").status, 400);
  EXPECT_EQ(get("/api/v1/assistant?q=" + std::string(301, 'a')).status, 400);
}

TEST_F(AssistantApi, AnswersWithAPublishedAnswerToTheSameQuestion) {
  const auto asked =
      post("/api/v1/feedback", {{"kind", "question"},
                                {"subject", "Giờ tiếp nhận thứ Bảy"},
                                {"body", "Bộ phận một cửa có làm việc sáng thứ Bảy không?"},
                                {"consent_to_publish", true}});
  ASSERT_EQ(asked.status, 201) << asked.body;
  const auto code = asked.json().at("code").get<std::string>();
  ASSERT_EQ(post("/api/v1/work/feedback/" + code + "/answer",
                 {{"answer", "Có, từ 7 giờ 30 đến 11 giờ 30."}, {"publish", true}}, kLeader)
                .status,
            200);
  const auto answer =
      get("/api/v1/assistant?q=" + url_encode("bo phan mot cua co lam viec sang thu bay khong"));
  ASSERT_EQ(answer.status, 200);
  EXPECT_NE(answer.json().at("answer").get<std::string>().find("7 giờ 30"), std::string::npos)
      << answer.body;
  EXPECT_EQ(answer.json().at("links")[0].at("url"), "/ho-tro/hoi-dap/" + code);
}

}  // namespace
}  // namespace motcua::test
