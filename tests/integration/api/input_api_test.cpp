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

  HttpResponse send_json(const std::string& method, const std::string& target,
                         const std::string& body) {
    auto headers = bearer(token(kCitizen));
    headers.emplace_back("Content-Type", "application/json");
    return client().send({method, target, headers, body});
  }

  // {"procedure_code": …, "form": {"a": [[[…]]]}} with `depth` arrays inside one another.
  std::string nested_form_body(int depth) {
    const auto code = birth_procedure().at("code").get<std::string>();
    return R"({"procedure_code": ")" + code + R"(", "form": {"a": )" + std::string(depth, '[') +
           std::string(depth, ']') + "}}";
  }

  void expect_server_answers() {
    EXPECT_EQ(get("/healthz").status, 200);
    EXPECT_EQ(get("/api/v1/me/dossiers", kCitizen).status, 200);
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
  expect_error(post_raw(target, "text/plain", "{}", kCitizen), 400, "malformed_multipart");
  // JSON names a stored document to reuse: its members are checked like any other body's.
  expect_error(post_raw(target, "application/json", "{}", kCitizen), 400, "invalid_input");
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

// A recursive walk or dump of a document this deep overflows the stack: it must be refused at
// parse time, on creation and on update alike, and leave the server serving.
TEST_F(InputApi, DeeplyNestedFormIs400AndTheServerKeepsServing) {
  for (const int depth : {100000, 20000}) {
    expect_error(send_json("POST", "/api/v1/dossiers", nested_form_body(depth)), 400,
                 "json_too_deep");
    expect_server_answers();
  }
  const auto draft = create_draft(kCitizen, json::object());
  const auto target = "/api/v1/dossiers/" + std::to_string(draft.id);
  for (const int depth : {100000, 20000}) {
    expect_error(send_json("PUT", target, nested_form_body(depth)), 400, "json_too_deep");
    expect_server_answers();
  }
  const auto stored = get(target, kCitizen);
  EXPECT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(stored.json()["form"], json::object()) << stored.body;
}

TEST_F(InputApi, NestingIsBoundedOutsideTheFormToo) {
  const std::string deep = std::string(40, '[') + std::string(40, ']');
  expect_error(post_raw("/api/v1/auth/login", "application/json", "{\"username\": " + deep + "}"),
               400, "json_too_deep");
  // Brackets inside strings are text, not nesting.
  const auto quoted =
      post("/api/v1/auth/login", {{"username", std::string(100, '[')}, {"password", "x"}});
  EXPECT_NE(error_code(quoted), "json_too_deep") << quoted.body;
}

// Within the depth bound, a form is still only fields of scalars, rows or address parts: nothing
// deeper is stored for the pages to walk later.
TEST_F(InputApi, FormNestedBeyondItsShapeIs400) {
  const auto response = send_json("POST", "/api/v1/dossiers", nested_form_body(10));
  EXPECT_EQ(response.status, 400) << response.body;
  EXPECT_TRUE(response.json()["error"]["fields"].contains("a")) << response.body;
}

TEST_F(InputApi, JsonBodyOverTheJsonLimitIs413) {
  const auto body = R"({"username": ")" + std::string(2 * 1024 * 1024, 'a') + R"("})";
  expect_error(post_raw("/api/v1/auth/login", "application/json", body), 413, "too_large");
}

TEST_F(InputApi, NonNumericDraftIdIs404) {
  EXPECT_EQ(put("/api/v1/dossiers/abc", {{"form", json::object()}}, kCitizen).status, 404);
  EXPECT_EQ(post("/api/v1/dossiers/-1/submit", json::object(), kCitizen).status, 404);
}

}  // namespace
}  // namespace motcua::test
