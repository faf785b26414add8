// API.md "Feedback…" (phản ánh, kiến nghị): sent with or without an account, followed by its code,
// assigned by a leader, answered once by the assignee, and published only with the sender's
// consent.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class FeedbackApi : public ApiTest {
 protected:
  std::string sent(const json& extra = json::object(), const std::string& user = "") {
    json body = {{"subject", "Thời gian chờ tại bộ phận một cửa"},
                 {"body", "Tôi phải chờ hơn hai giờ để được tiếp nhận hồ sơ."}};
    if (extra.is_object()) body.update(extra);
    const auto response = post("/api/v1/feedback", body, user);
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().value("code", "");
  }
};

TEST_F(FeedbackApi, AnyoneSendsFeedbackAndFollowsItByItsCode) {
  const auto code = sent({{"contact", "0912000111"}});
  ASSERT_FALSE(code.empty());
  EXPECT_EQ(code.rfind("PA", 0), 0U) << code;
  const auto followed = get("/api/v1/feedback/" + code);
  ASSERT_EQ(followed.status, 200) << followed.body;
  EXPECT_EQ(followed.json().at("status"), "received");
  EXPECT_FALSE(followed.json().contains("contact")) << "the contact stays with the officials";
  EXPECT_GT(followed.json().at("due_at").get<std::string>(),
            followed.json().at("created_at").get<std::string>());
  EXPECT_EQ(get("/api/v1/feedback/PA000000-NOSUCHCODE").status, 404);
  EXPECT_FALSE(sent({}, kCitizen).empty()) << "signed in too";
}

TEST_F(FeedbackApi, BadFeedbackIsRefusedFieldByField) {
  const auto response = post("/api/v1/feedback", {{"subject", " "},
                                                  {"body", std::string(5001, 'x')},
                                                  {"contact", "chim bồ câu"},
                                                  {"procedure_code", "KHONG.CO"}});
  ASSERT_EQ(response.status, 400);
  const auto fields = response.json()["error"]["fields"];
  for (const auto* field : {"subject", "body", "contact", "procedure_code"})
    EXPECT_TRUE(fields.contains(field)) << field << ": " << response.body;
}

TEST_F(FeedbackApi, ALeaderAssignsAndTheAssigneeAnswersOnce) {
  const auto code = sent({{"consent_to_publish", true}});
  EXPECT_EQ(get("/api/v1/work/feedback", kCitizen).status, 403);
  const auto listed = get("/api/v1/work/feedback?status=received", kReception).json();
  EXPECT_TRUE(std::any_of(listed.at("items").begin(), listed.at("items").end(),
                          [&](const json& f) { return f.at("code") == code; }));
  const auto assign = "/api/v1/work/feedback/" + code + "/assign";
  EXPECT_EQ(post(assign, {{"assignee", kSpecialist}}, kReception).status, 403) << "leaders assign";
  EXPECT_EQ(post(assign, {{"assignee", kCitizen}}, kLeader).status, 400) << "to an official";
  ASSERT_EQ(post(assign, {{"assignee", kSpecialist}}, kLeader).status, 200);
  const auto answer = "/api/v1/work/feedback/" + code + "/answer";
  EXPECT_EQ(post(answer, {{"answer", "x"}}, kReception).status, 403) << "not the assignee";
  EXPECT_EQ(post(answer, {{"answer", "  "}}, kSpecialist).status, 400);
  const auto answered =
      post(answer, {{"answer", "Bộ phận một cửa đã bổ sung quầy tiếp nhận."}, {"publish", true}},
           kSpecialist);
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_TRUE(answered.json().at("published").get<bool>());
  EXPECT_EQ(post(answer, {{"answer", "Lần hai"}}, kLeader).status, 409) << "once";
  EXPECT_EQ(get("/api/v1/feedback/" + code).json().at("answer"),
            "Bộ phận một cửa đã bổ sung quầy tiếp nhận.");
  const auto found = get("/api/v1/feedback?q=" + url_encode("quầy tiếp nhận")).json().at("items");
  EXPECT_TRUE(
      std::any_of(found.begin(), found.end(), [&](const json& f) { return f.at("code") == code; }));
}

TEST_F(FeedbackApi, AnAnswerIsPublishedOnlyWithTheSendersConsent) {
  const auto code = sent({{"consent_to_publish", false}});
  const auto answered = post("/api/v1/work/feedback/" + code + "/answer",
                             {{"answer", "Đã chấn chỉnh."}, {"publish", true}}, kLeader);
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_FALSE(answered.json().at("published").get<bool>());
  const auto published = get("/api/v1/feedback?q=" + url_encode("chấn chỉnh")).json().at("items");
  EXPECT_TRUE(std::none_of(published.begin(), published.end(),
                           [&](const json& f) { return f.at("code") == code; }));
}

bool lists(const json& items, const std::string& code) {
  return std::any_of(items.begin(), items.end(),
                     [&](const json& f) { return f.at("code") == code; });
}

TEST_F(FeedbackApi, AQuestionIsAnsweredAndPublishedAmongTheQuestionsOnly) {
  const auto code = sent({{"kind", "question"},
                          {"subject", "Lệ phí cấp bản sao trích lục"},
                          {"body", "Cấp bản sao trích lục hộ tịch qua mạng có mất lệ phí không?"},
                          {"consent_to_publish", true}});
  EXPECT_EQ(code.rfind("HD", 0), 0U) << code;
  EXPECT_EQ(get("/api/v1/feedback/" + code).json().at("kind"), "question");
  const auto asked = get("/api/v1/work/feedback?kind=question", kLeader).json();
  ASSERT_TRUE(asked.contains("items")) << asked.dump();
  EXPECT_TRUE(lists(asked.at("items"), code));
  EXPECT_FALSE(lists(get("/api/v1/work/feedback?kind=feedback", kLeader).json().at("items"), code));
  ASSERT_EQ(post("/api/v1/work/feedback/" + code + "/answer",
                 {{"answer", "Miễn lệ phí khi nộp trực tuyến."}, {"publish", true}}, kLeader)
                .status,
            200);
  const auto questions =
      get("/api/v1/feedback?kind=question&q=" + url_encode("Miễn lệ phí")).json();
  EXPECT_TRUE(lists(questions.at("items"), code));
  EXPECT_FALSE(
      lists(get("/api/v1/feedback?q=" + url_encode("Miễn lệ phí")).json().at("items"), code))
      << "the feedback list keeps to feedback";
  EXPECT_EQ(
      post("/api/v1/feedback", {{"kind", "complaint"}, {"subject", "x"}, {"body", "y"}}).status,
      400);
  EXPECT_EQ(get("/api/v1/feedback?kind=complaint").status, 400);
}

TEST_F(FeedbackApi, AttachmentsGoWithTheFeedbackToTheOfficialsOnly) {
  const std::vector<MultipartField> fields{
      {"subject", "Biển báo sai giờ làm việc", "", ""},
      {"body", "Ảnh chụp biển báo tại trụ sở phường.", "", ""},
      {"attachments", png_bytes(), "bien-bao.png", "image/png"},
      {"attachments", pdf_bytes(), "van-ban.pdf", "application/pdf"}};
  const auto sent = post_multipart("/api/v1/feedback", fields);
  ASSERT_EQ(sent.status, 201) << sent.body;
  const auto code = sent.json().at("code").get<std::string>();
  EXPECT_EQ(get("/api/v1/work/feedback/" + code, kCitizen).status, 403);
  const auto read = get("/api/v1/work/feedback/" + code, kReception);
  ASSERT_EQ(read.status, 200) << read.body;
  const auto files = read.json().at("attachments");
  ASSERT_EQ(files.size(), 2U) << files;
  EXPECT_EQ(files[0].at("name"), "bien-bao.png");
  EXPECT_EQ(files[0].at("content_type"), "image/png");
  const auto path = "/api/v1/work/feedback/" + code + "/files/";
  const auto download = get(path + std::to_string(files[1].at("id").get<long long>()), kReception);
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf_bytes());
  EXPECT_EQ(get(path + "999999", kReception).status, 404);
  EXPECT_EQ(get(path + std::to_string(files[1].at("id").get<long long>())).status, 401);

  auto too_many = fields;
  too_many.push_back({"attachments", png_bytes(), "3.png", "image/png"});
  too_many.push_back({"attachments", png_bytes(), "4.png", "image/png"});
  const auto refused = post_multipart("/api/v1/feedback", too_many);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(refused.json()["error"]["fields"].contains("attachments")) << refused.body;
  const auto text =
      post_multipart("/api/v1/feedback",
                     {fields[0], fields[1], {"attachments", "xin chào", "a.txt", "text/plain"}});
  EXPECT_EQ(text.status, 400) << "only PDF, JPEG and PNG are kept";
}

}  // namespace
}  // namespace motcua::test
