// Khảo sát: an administrator publishes a survey; a signed-in person answers it once while it is
// open; the votes are counted per option; results are public once the survey is closed.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class SurveyApi : public ApiTest {
 protected:
  static json survey_body() {
    return {{"title", "Mức độ hài lòng với bộ phận một cửa"},
            {"description", "Xin ý kiến sau khi nhận kết quả."},
            {"questions",
             {{{"text", "Bạn có hài lòng?"}, {"type", "single"}, {"options", {"Có", "Không"}}},
              {{"text", "Bạn đã dùng kênh nào?"},
               {"type", "multiple"},
               {"options", {"Cổng", "Bưu chính", "Trực tiếp"}}},
              {{"text", "Góp ý thêm"}, {"type", "text"}, {"required", false}}}}};
  }

  long long published() {
    const auto response = post("/api/v1/admin/surveys", survey_body(), kAdmin);
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().value("id", 0LL);
  }

  static json answers(int satisfied, std::vector<int> channels, const std::string& text) {
    return {{"answers",
             {{"0", {{"choices", {satisfied}}}},
              {"1", {{"choices", channels}}},
              {"2", {{"text", text}}}}}};
  }
};

TEST_F(SurveyApi, OnlyAnAdministratorPublishesAndBadSurveysAreRefused) {
  EXPECT_EQ(post("/api/v1/admin/surveys", survey_body(), kLeader).status, 403);
  EXPECT_EQ(post("/api/v1/admin/surveys", survey_body()).status, 401);
  auto bad = survey_body();
  bad["title"] = "";
  bad["questions"][0]["options"] = {"Chỉ một"};
  bad["questions"][1]["type"] = "ranking";
  const auto refused = post("/api/v1/admin/surveys", bad, kAdmin);
  ASSERT_EQ(refused.status, 400) << refused.body;
  const auto fields = refused.json()["error"]["fields"];
  EXPECT_TRUE(fields.contains("questions.1.type")) << refused.body;
  bad["questions"][1]["type"] = "multiple";
  const auto again = post("/api/v1/admin/surveys", bad, kAdmin).json()["error"]["fields"];
  EXPECT_TRUE(again.contains("title")) << again.dump();
  EXPECT_TRUE(again.contains("questions.0.options")) << again.dump();
  auto past = survey_body();
  past["closes_at"] = "2020-01-01T00:00:00+07:00";
  EXPECT_EQ(post("/api/v1/admin/surveys", past, kAdmin).status, 400);
}

TEST_F(SurveyApi, EachPersonAnswersOnceAndTheVotesAreCounted) {
  const auto id = published();
  const auto path = "/api/v1/surveys/" + std::to_string(id);
  const auto listed = get("/api/v1/surveys").json();
  EXPECT_TRUE(std::any_of(listed["items"].begin(), listed["items"].end(),
                          [&](const json& s) { return s["id"] == id; }));
  EXPECT_EQ(get(path).json()["questions"].size(), 3U);
  EXPECT_EQ(post(path + "/responses", answers(0, {0}, "")).status, 401);
  EXPECT_EQ(post(path + "/responses", answers(0, {0, 5}, ""), kCitizen).status, 400);
  EXPECT_EQ(
      post(path + "/responses", {{"answers", {{"0", {{"choices", {0, 1}}}}}}}, kCitizen).status,
      400)
      << "one choice for a single-choice question";
  ASSERT_EQ(post(path + "/responses", answers(0, {0, 2}, "Nhanh gọn"), kCitizen).status, 201);
  EXPECT_EQ(post(path + "/responses", answers(1, {1}, ""), kCitizen).status, 409) << "once";
  EXPECT_TRUE(get(path, kCitizen).json()["answered"].get<bool>());
  const auto other = new_citizen("khaosat");
  ASSERT_EQ(post(path + "/responses", answers(1, {0}, ""), other).status, 201);

  EXPECT_EQ(get(path + "/results").status, 403) << "public only once closed";
  const auto results = get(path + "/results", kLeader).json();
  ASSERT_EQ(results["responses"], 2) << results.dump();
  EXPECT_EQ(results["questions"][0]["options"][0]["votes"], 1);
  EXPECT_EQ(results["questions"][0]["options"][1]["votes"], 1);
  EXPECT_EQ(results["questions"][1]["options"][0]["votes"], 2);
  EXPECT_EQ(results["questions"][1]["options"][1]["votes"], 0);
  EXPECT_EQ(results["questions"][1]["options"][2]["votes"], 1);
  EXPECT_EQ(results["questions"][2]["texts"], json::array({"Nhanh gọn"}));

  EXPECT_EQ(post("/api/v1/admin/surveys/" + std::to_string(id) + "/close", json::object(), kLeader)
                .status,
            403);
  ASSERT_EQ(
      post("/api/v1/admin/surveys/" + std::to_string(id) + "/close", json::object(), kAdmin).status,
      200);
  EXPECT_EQ(post(path + "/responses", answers(0, {0}, ""), kBusiness).status, 409) << "closed";
  EXPECT_EQ(get(path + "/results").status, 200) << "public once closed";
  const auto open_now = get("/api/v1/surveys").json();
  EXPECT_TRUE(std::none_of(open_now["items"].begin(), open_now["items"].end(),
                           [&](const json& s) { return s["id"] == id; }));
  EXPECT_EQ(get("/api/v1/surveys/999999").status, 404);
  EXPECT_EQ(get("/api/v1/surveys/abc").status, 404);
}

}  // namespace
}  // namespace motcua::test
