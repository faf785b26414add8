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

}  // namespace
}  // namespace motcua::test
