// API.md "Conventions": login, logout, registration, lockout, the session cookie, CSRF and the
// password reset.
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "api_environment.hpp"
#include "api_test.hpp"

namespace motcua::test {
namespace {

class AuthApi : public ApiTest {
 protected:
  HttpResponse login(const std::string& username, const std::string& password) {
    return post("/api/v1/auth/login", {{"username", username}, {"password", password}});
  }
  // The demo server logs reset links instead of mailing them; the log is flushed every second.
  static std::string logged_reset_token(const std::string& username) {
    const std::string marker = "password reset link for " + username + " ";
    for (int attempt = 0; attempt < 40; ++attempt) {
      std::ifstream file(environment().data_dir() + "/server.log");
      std::stringstream text;
      text << file.rdbuf();
      const auto log = text.str();
      const auto at = log.rfind(marker);
      if (at != std::string::npos) {
        const auto start = log.find("token=", at) + 6;
        return log.substr(start, log.find('\n', start) - start);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return "";
  }
};

TEST_F(AuthApi, LoginReturnsTokenUserAndSessionCookie) {
  const auto response = login(kCitizen, kDemoPassword);
  ASSERT_EQ(response.status, 200) << response.body;
  const auto body = response.json();
  const auto token = body.at("token").get<std::string>();
  EXPECT_GE(token.size(), 20U);
  EXPECT_EQ(body.at("user").at("username"), kCitizen);
  EXPECT_EQ(body.at("user").at("roles"), json::array({"citizen"}));
  EXPECT_FALSE(body.at("csrf_token").get<std::string>().empty());
  const auto cookie = response.header("set-cookie").value_or("");
  EXPECT_NE(cookie.find("motcua_session=" + token), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  const auto officer = login(kReception, kDemoPassword).json();
  EXPECT_EQ(officer.at("user").at("roles"), json::array({"reception"}));
}

TEST_F(AuthApi, WrongPasswordIsUnauthorized) {
  const auto username = new_citizen("sai");
  const auto response = login(username, "Wrong@2026x");
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(error_code(response), "invalid_credentials");
  EXPECT_EQ(login("khong_co_ai", kDemoPassword).status, 401);
}

TEST_F(AuthApi, SixthLoginAfterFiveFailuresIsLockedEvenWithTheRightPassword) {
  const auto username = new_citizen("khoa");
  for (int attempt = 1; attempt <= 5; ++attempt) {
    const auto response = login(username, "Wrong@2026x");
    EXPECT_EQ(response.status, 401) << "attempt " << attempt << ": " << response.body;
  }
  const auto locked = login(username, kDemoPassword);
  EXPECT_EQ(locked.status, 429) << locked.body;
  EXPECT_EQ(error_code(locked), "account_locked");
}

TEST_F(AuthApi, RegisterCreatesACitizenWhoCanLogIn) {
  const auto username = new_citizen("moi");
  const auto response = login(username, kDemoPassword);
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.json().at("user").at("roles"), json::array({"citizen"}));

  const auto taken =
      post("/api/v1/auth/register",
           {{"username", username}, {"password", kDemoPassword}, {"full_name", "Trùng Tên"}});
  EXPECT_EQ(taken.status, 400);
  EXPECT_TRUE(taken.json()["error"]["fields"].contains("username")) << taken.body;

  const auto weak = post("/api/v1/auth/register",
                         {{"username", username + "x"}, {"password", "short"}, {"full_name", "A"}});
  EXPECT_EQ(weak.status, 400);
  EXPECT_TRUE(weak.json()["error"]["fields"].contains("password")) << weak.body;
}

TEST_F(AuthApi, LogoutEndsTheSession) {
  const auto token = login(kCitizen, kDemoPassword).json().at("token").get<std::string>();
  EXPECT_EQ(client().send({"GET", "/api/v1/me/dossiers", bearer(token), ""}).status, 200);
  const auto out = client().send({"POST", "/api/v1/auth/logout", bearer(token), ""});
  EXPECT_EQ(out.status, 204) << out.body;
  EXPECT_EQ(client().send({"GET", "/api/v1/me/dossiers", bearer(token), ""}).status, 401);
}

TEST_F(AuthApi, EndpointsThatNeedLoginAnswer401WithTheErrorShape) {
  for (const auto& target : {"/api/v1/me/dossiers", "/api/v1/work/queue", "/api/v1/dossiers/1",
                             "/api/v1/admin/holidays"}) {
    const auto response = get(target);
    EXPECT_EQ(response.status, 401) << target;
    EXPECT_EQ(response.header("www-authenticate").value_or("").rfind("Bearer", 0), 0U) << target;
    const auto body = response.json();
    EXPECT_EQ(body["error"]["code"], "unauthenticated") << target << ": " << response.body;
    EXPECT_TRUE(body["error"]["message"].is_string());
  }
  EXPECT_EQ(post("/api/v1/dossiers", {{"procedure_code", "x"}}).status, 401);
  const auto bad_token = client().send({"GET", "/api/v1/me/dossiers", bearer("not-a-token"), ""});
  EXPECT_EQ(bad_token.status, 401);
}

TEST_F(AuthApi, CookieSessionsMustSendTheCsrfToken) {
  const auto body = login(kCitizen, kDemoPassword).json();
  const Headers cookie{{"Cookie", "motcua_session=" + body.at("token").get<std::string>()},
                       {"Content-Type", "application/json"}};
  EXPECT_EQ(client().send({"GET", "/api/v1/me/dossiers", cookie, ""}).status, 200);
  const auto draft =
      json{{"procedure_code", birth_procedure().at("code")}, {"form", json::object()}};
  const auto refused = client().send({"POST", "/api/v1/dossiers", cookie, draft.dump()});
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(error_code(refused), "csrf");
  auto with_token = cookie;
  with_token.emplace_back("X-CSRF-Token", body.at("csrf_token").get<std::string>());
  const auto accepted = client().send({"POST", "/api/v1/dossiers", with_token, draft.dump()});
  EXPECT_EQ(accepted.status, 201) << accepted.body;
}

TEST_F(AuthApi, ErrorMessagesFollowTheCallersLanguage) {
  const auto vi = get("/api/v1/me/dossiers").json()["error"]["message"].get<std::string>();
  const auto en = get("/api/v1/me/dossiers?lang=en").json()["error"]["message"].get<std::string>();
  const auto header =
      client()
          .send({"GET", "/api/v1/me/dossiers", {{"Accept-Language", "en-US,en;q=0.8"}}, ""})
          .json()["error"]["message"]
          .get<std::string>();
  EXPECT_FALSE(vi.empty());
  EXPECT_NE(vi, en);
  EXPECT_EQ(header, en);
  EXPECT_EQ(en.find("error."), std::string::npos) << "untranslated key: " << en;
  EXPECT_EQ(vi.find("error."), std::string::npos) << "untranslated key: " << vi;
}

TEST_F(AuthApi, AResetLinkSetsANewPasswordOnceAndUnknownNamesGetTheSameAnswer) {
  const auto user = new_citizen("quenmk");
  const auto unknown = post("/api/v1/auth/password-reset", {{"login", "khong_co_ai_ca"}});
  const auto known = post("/api/v1/auth/password-reset", {{"login", user}});
  ASSERT_EQ(known.status, 202) << known.body;
  EXPECT_EQ(unknown.status, 202);
  EXPECT_EQ(unknown.body, known.body);
  const auto token = logged_reset_token(user);
  ASSERT_FALSE(token.empty());

  const auto reused = post("/api/v1/auth/password-reset/complete",
                           {{"token", token}, {"new_password", kDemoPassword}});
  EXPECT_EQ(reused.status, 400);
  EXPECT_TRUE(reused.json().at("error").at("fields").contains("new_password"));
  const auto done = post("/api/v1/auth/password-reset/complete",
                         {{"token", token}, {"new_password", "QuenRoi@2027"}});
  ASSERT_EQ(done.status, 204) << done.body;
  EXPECT_EQ(login(user, kDemoPassword).status, 401);
  EXPECT_EQ(login(user, "QuenRoi@2027").status, 200);
  const auto again = post("/api/v1/auth/password-reset/complete",
                          {{"token", token}, {"new_password", "LanNua@2027"}});
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(error_code(again), "reset_link_invalid");
  // The page of a used link says so before anyone types a password into it.
  const auto page = get("/dat-lai-mat-khau?token=" + token);
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("đã được dùng hoặc đã hết hạn"), std::string::npos);
  EXPECT_EQ(page.body.find("name=\"new_password\""), std::string::npos);
}

TEST_F(AuthApi, ThePortalOffersTheResetPagesFromTheLoginPage) {
  EXPECT_NE(get("/dang-nhap").body.find("href=\"/quen-mat-khau\""), std::string::npos);
  EXPECT_EQ(get("/quen-mat-khau").status, 200);
  const auto user = new_citizen("trangdatlai");
  ASSERT_EQ(post("/api/v1/auth/password-reset", {{"login", user}}).status, 202);
  const auto token = logged_reset_token(user);
  const auto form = get("/dat-lai-mat-khau?token=" + token);
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("name=\"token\" value=\"" + token + "\""), std::string::npos);
  EXPECT_EQ(get("/dat-lai-mat-khau?token=abc").status, 400);
}

}  // namespace
}  // namespace motcua::test
