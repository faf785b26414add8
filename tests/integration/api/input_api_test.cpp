// Bad input never reaches a use case as data: malformed bodies, wrong types, bad encodings and
// bodies over the limits are refused with the error shape of API.md.
#include "api_test.hpp"

namespace motcua::test {
namespace {

class InputApi : public ApiTest {
 protected:
  static void expect_error(const HttpResponse& response, int status, const std::string& code) {
    EXPECT_EQ(response.status, status) << response.body;
    EXPECT_EQ(error_code(response), code) << response.body;
    EXPECT_TRUE(response.json()["error"]["message"].is_string()) << response.body;
    EXPECT_NE(response.header("content-type").value_or("").find("application/json"),
              std::string::npos);
  }

  std::string files_path() {
    return "/api/v1/dossiers/" + std::to_string(create_draft(kCitizen, json::object()).id) +
           "/files";
  }
};

TEST_F(InputApi, MalformedJsonIs400) {
  expect_error(post_raw("/api/v1/dossiers", "application/json", "{\"procedure_code\": ", kCitizen),
               400, "malformed_json");
  expect_error(post_raw("/api/v1/auth/login", "application/json", "not json"), 400,
               "malformed_json");
  expect_error(post_raw("/api/v1/dossiers", "application/json", "[1, 2]", kCitizen), 400,
               "malformed_json");
}

TEST_F(InputApi, NonJsonBodyOnAJsonEndpointIs400) {
  expect_error(post_raw("/api/v1/dossiers", "text/plain", "procedure_code=1.001193", kCitizen), 400,
               "malformed_json");
  expect_error(post_raw("/api/v1/auth/login", "application/x-www-form-urlencoded",
                        "username=congdan&password=MotCua%402026"),
               400, "malformed_json");
}

TEST_F(InputApi, WrongJsonTypesAre400NamingTheField) {
  const auto response = post("/api/v1/dossiers", {{"procedure_code", 42}}, kCitizen);
  EXPECT_EQ(response.status, 400);
  EXPECT_TRUE(response.json()["error"]["fields"].contains("procedure_code")) << response.body;
  const auto form =
      post("/api/v1/dossiers", {{"procedure_code", birth_procedure().at("code")}, {"form", "text"}},
           kCitizen);
  EXPECT_EQ(form.status, 400);
  EXPECT_TRUE(form.json()["error"]["fields"].contains("form")) << form.body;
}

TEST_F(InputApi, InvalidUtf8Is400) {
  expect_error(post_raw("/api/v1/dossiers", "application/json",
                        "{\"procedure_code\": \"1.0\xC3\x28\", \"form\": {}}", kCitizen),
               400, "invalid_utf8");
  const auto body = multipart(
      {{"component_id", "to-khai\xFF\xFE"}, {"file", pdf_bytes(), "a.pdf", "application/pdf"}});
  expect_error(post_raw(files_path(), body.content_type, body.body, kCitizen), 400, "invalid_utf8");
  // A target that does not decode to UTF-8 is refused by the HTTP layer before any route runs.
  const auto query = get("/api/v1/procedures?q=%C3%28");
  EXPECT_EQ(query.status, 400) << query.body;
  EXPECT_FALSE(error_code(query).empty()) << query.body;
}

TEST_F(InputApi, BrokenMultipartIs400) {
  const auto target = files_path();
  expect_error(
      post_raw(target, "multipart/form-data; boundary=abc",
               "--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end", kCitizen),
      400, "malformed_multipart");
  expect_error(post_raw(target, "multipart/form-data", "--x\r\n\r\n", kCitizen), 400,
               "malformed_multipart");
  expect_error(post_raw(target, "application/json", "{}", kCitizen), 400, "malformed_multipart");
  const auto without_file = post_multipart(target, {{"component_id", "x"}}, kCitizen);
  EXPECT_EQ(without_file.status, 400);
  EXPECT_TRUE(without_file.json()["error"]["fields"].contains("file")) << without_file.body;
}

TEST_F(InputApi, BodyOverTheServerLimitIs413) {
  constexpr std::size_t kOverLimit = 65 * 1024 * 1024;  // the server accepts at most 64 MiB
  const auto response =
      client().send_oversized({"POST", files_path(), bearer(token(kCitizen)), ""}, kOverLimit);
  EXPECT_EQ(response.status, 413) << response.body;
}

// Under the server's body limit but over the 10 MiB a single file may have.
TEST_F(InputApi, FileOverThePerFileLimitIs413) {
  const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
  const auto big = pdf_bytes() + std::string(10 * 1024 * 1024 + 64 * 1024, ' ');
  const auto response = post_multipart(
      files_path(), {{"component_id", component}, {"file", big, "lon.pdf", "application/pdf"}},
      kCitizen);
  EXPECT_EQ(response.status, 413) << response.body.substr(0, 500);
  EXPECT_EQ(error_code(response), "file_too_large") << response.body.substr(0, 500);
}

TEST_F(InputApi, NonNumericDraftIdIs404) {
  EXPECT_EQ(put("/api/v1/dossiers/abc", {{"form", json::object()}}, kCitizen).status, 404);
  EXPECT_EQ(post("/api/v1/dossiers/-1/submit", json::object(), kCitizen).status, 404);
}

}  // namespace
}  // namespace motcua::test
