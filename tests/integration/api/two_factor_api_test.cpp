// Requirements §8 two-factor login over HTTP: a new leader changes the password, must enrol before
// working, enrols by the secret, then signs in with the password and a code; pending sessions are
// refused everywhere else, in the API and in the portal.
#include <chrono>

#include "api_test.hpp"
#include "core/totp.hpp"

namespace motcua::test {
namespace {

class TwoFactorApi : public ApiTest {
 protected:
  static std::string code_at(const std::string& secret, std::chrono::seconds shift) {
    const auto now = std::chrono::system_clock::now() + shift;
    return core::totp(
        *core::base32_decode(secret),
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
  }
  HttpResponse send(const std::string& method, const std::string& path, const std::string& token,
                    const json& body = nullptr) {
    return client().send({method, path, bearer(token), body.is_null() ? "" : body.dump()});
  }
  std::string login_token(const std::string& username, const std::string& password,
                          bool expect_second_factor) {
    const auto login = post("/api/v1/auth/login", {{"username", username}, {"password", password}});
    EXPECT_EQ(login.status, 200) << login.body;
    EXPECT_EQ(login.json().at("second_factor_required").get<bool>(), expect_second_factor);
    return login.json().at("token").get<std::string>();
  }
};

constexpr const char* kNewPassword = "LanhDao@2027";

TEST_F(TwoFactorApi, ANewLeaderEnrolsBeforeWorkingThenSignsInWithACode) {
  const auto initial = new_official("lanhdao_2fa", "leader");
  auto token = login_token("lanhdao_2fa", initial, false);
  const auto changed = send("PUT", "/api/v1/me/password", token,
                            {{"current_password", initial}, {"new_password", kNewPassword}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  token = changed.json().at("token").get<std::string>();

  const auto refused = send("GET", "/api/v1/work/queue", token);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(error_code(refused), "two_factor_enrolment_required");
  const auto status = send("GET", "/api/v1/me/two-factor", token);
  ASSERT_EQ(status.status, 200) << status.body;
  EXPECT_TRUE(status.json().at("required").get<bool>());
  EXPECT_FALSE(status.json().at("enabled").get<bool>());

  EXPECT_EQ(send("POST", "/api/v1/me/two-factor", token, {{"password", "Sai@2027sai"}}).status,
            400);
  const auto begun = send("POST", "/api/v1/me/two-factor", token, {{"password", kNewPassword}});
  ASSERT_EQ(begun.status, 201) << begun.body;
  EXPECT_EQ(begun.header("cache-control").value_or(""), "no-store");
  const auto secret = begun.json().at("secret").get<std::string>();
  EXPECT_EQ(begun.json().at("qr_svg").get<std::string>().rfind("<svg", 0), 0U);
  const auto wrong = send("POST", "/api/v1/me/two-factor/confirm", token, {{"code", "12345"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(error_code(wrong), "invalid_code");
  const auto confirmed = send("POST", "/api/v1/me/two-factor/confirm", token,
                              {{"code", code_at(secret, std::chrono::seconds(0))}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const auto recovery = confirmed.json().at("recovery_codes");
  ASSERT_EQ(recovery.size(), 10U);
  EXPECT_EQ(send("GET", "/api/v1/work/queue", token).status, 200);

  // Next sign-in: the password gives a pending token that reaches nothing but the code.
  const auto pending = login_token("lanhdao_2fa", kNewPassword, true);
  const auto blocked = send("GET", "/api/v1/me/profile", pending);
  EXPECT_EQ(blocked.status, 403);
  EXPECT_EQ(error_code(blocked), "second_factor_required");
  const Headers cookie{{"cookie", "motcua_session=" + pending}};
  const auto page = client().send({"GET", "/mot-cua", cookie, ""});
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("location").value_or(""), "/dang-nhap/ma-xac-thuc");
  EXPECT_EQ(client().send({"GET", "/dang-nhap/ma-xac-thuc", cookie, ""}).status, 200);
  const auto bad = send("POST", "/api/v1/auth/two-factor", pending, {{"code", "000000"}});
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(error_code(bad), "invalid_code");
  // The next step's code (a phone a little ahead) is accepted once.
  const auto full = send("POST", "/api/v1/auth/two-factor", pending,
                         {{"code", code_at(secret, std::chrono::seconds(30))}});
  ASSERT_EQ(full.status, 200) << full.body;
  const auto session = full.json().at("token").get<std::string>();
  EXPECT_FALSE(full.json().at("second_factor_required").get<bool>());
  EXPECT_EQ(send("GET", "/api/v1/work/queue", session).status, 200);
  EXPECT_EQ(send("GET", "/api/v1/me/profile", pending).status, 401) << "the pending token is spent";

  // A recovery code works once.
  const auto again = login_token("lanhdao_2fa", kNewPassword, true);
  const auto recovered = send("POST", "/api/v1/auth/two-factor", again, {{"code", recovery[0]}});
  ASSERT_EQ(recovered.status, 200) << recovered.body;
  const auto third = login_token("lanhdao_2fa", kNewPassword, true);
  EXPECT_EQ(send("POST", "/api/v1/auth/two-factor", third, {{"code", recovery[0]}}).status, 401);

  // Required: it cannot be switched off by its user.
  const auto off = send("DELETE", "/api/v1/me/two-factor", session, {{"password", kNewPassword}});
  EXPECT_EQ(off.status, 403);
  EXPECT_EQ(error_code(off), "two_factor_required");
}

TEST_F(TwoFactorApi, OnlyAnAdministratorRequiresOrResetsAnotherUsersTwoFactorLogin) {
  const auto initial = new_official("chuyenvien_2fa", "specialist");
  const auto path = std::string("/api/v1/admin/users/chuyenvien_2fa/two-factor");
  EXPECT_EQ(post(path, {{"required", true}}, kLeader).status, 403);
  EXPECT_EQ(post(path, {{"required", "yes"}}, kAdmin).status, 400);
  EXPECT_EQ(post("/api/v1/admin/users/khong_co_ai/two-factor", {{"required", true}}, kAdmin).status,
            404);
  const auto required = post(path, {{"required", true}}, kAdmin);
  ASSERT_EQ(required.status, 200) << required.body;
  EXPECT_TRUE(required.json().at("required").get<bool>());
  EXPECT_EQ(del(path, kAdmin).status, 204);
  const auto relaxed = post(path, {{"required", false}}, kAdmin);
  EXPECT_FALSE(relaxed.json().at("required").get<bool>());
  EXPECT_FALSE(initial.empty());
}

}  // namespace
}  // namespace motcua::test
