// Requirements §8 lockout held per (user name, client address), the administrator's unlock, the
// per-address rate limits and a sign-in flood that must not starve pages.
#include <chrono>
#include <future>
#include <memory>
#include <regex>
#include <thread>

#include "api_environment.hpp"
#include "api_test.hpp"

namespace motcua::test {
namespace {

constexpr const char* kWrong = "Wrong@2026x";

class LoginProtection : public ApiTest {
 protected:
  HttpResponse login_from(const std::string& address, const std::string& username,
                          const std::string& password, unsigned short port = 0) const {
    const HttpClient http(port == 0 ? client().port() : port);
    return http.send({"POST",
                      "/api/v1/auth/login",
                      {{"Content-Type", "application/json"}, {"X-Forwarded-For", address}},
                      json{{"username", username}, {"password", password}}.dump()});
  }

  HttpResponse unlock(const std::string& username, const std::string& as) {
    return post_raw("/api/v1/admin/users/" + username + "/unlock", "", "", as);
  }

  void lock_out(const std::string& address, const std::string& username) {
    for (int attempt = 1; attempt <= 5; ++attempt)
      ASSERT_EQ(login_from(address, username, kWrong).status, 401) << attempt;
    const auto locked = login_from(address, username, kDemoPassword);
    ASSERT_EQ(locked.status, 429) << locked.body;
    ASSERT_EQ(error_code(locked), "account_locked");
  }
};

TEST_F(LoginProtection, AdministratorLockedOutFromOneAddressStillSignsInFromAnother) {
  lock_out("198.51.100.10", kAdmin);
  const auto locked = login_from("198.51.100.10", kAdmin, kDemoPassword);
  EXPECT_GT(std::stoi(locked.header("retry-after").value_or("0")), 800) << locked.body;
  const auto elsewhere = login_from("198.51.100.11", kAdmin, kDemoPassword);
  EXPECT_EQ(elsewhere.status, 200) << elsewhere.body;
  EXPECT_EQ(unlock(kAdmin, kAdmin).status, 200);
}

// Digits aside (the unlock time), nothing tells a real name from a made-up one.
TEST_F(LoginProtection, UnknownAndKnownNamesGetTheSameAnswers) {
  const auto known = new_citizen("that");
  const std::string unknown = "khong_ai_co_ten_nay";
  const auto same = [](const HttpResponse& a, const HttpResponse& b) {
    const std::regex digits("[0-9]");
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(std::regex_replace(a.body, digits, "#"), std::regex_replace(b.body, digits, "#"));
    EXPECT_EQ(a.header("retry-after").has_value(), b.header("retry-after").has_value());
  };
  for (int attempt = 1; attempt <= 6; ++attempt) {
    SCOPED_TRACE(attempt);
    same(login_from("198.51.100.20", known, kWrong), login_from("198.51.100.20", unknown, kWrong));
  }
  const auto locked = login_from("198.51.100.20", unknown, kDemoPassword);
  EXPECT_EQ(error_code(locked), "account_locked") << locked.body;
}

TEST_F(LoginProtection, OnlyAnAdministratorUnlocks) {
  const auto user = new_citizen("mokhoa");
  lock_out("198.51.100.30", user);
  EXPECT_EQ(unlock(user, "").status, 401);
  const auto citizen = unlock(user, kCitizen);
  EXPECT_EQ(citizen.status, 403) << citizen.body;
  EXPECT_EQ(login_from("198.51.100.30", user, kDemoPassword).status, 429);

  const auto done = unlock(user, kAdmin);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json().at("unlocked_addresses"), 1);
  EXPECT_EQ(login_from("198.51.100.30", user, kDemoPassword).status, 200);
  const auto nobody = unlock("khong_ai_co_ten_nay", kAdmin);
  EXPECT_EQ(nobody.status, 404);
  EXPECT_EQ(error_code(nobody), "user_not_found");
}

TEST_F(LoginProtection, SuccessForgetsTheFailuresOfThatAddress) {
  const auto user = new_citizen("quen");
  for (int round = 0; round < 3; ++round) {
    for (int attempt = 0; attempt < 4; ++attempt)
      ASSERT_EQ(login_from("198.51.100.40", user, kWrong).status, 401);
    ASSERT_EQ(login_from("198.51.100.40", user, kDemoPassword).status, 200) << round;
  }
}

// While 50 sign-ins from 50 addresses hash at once, a catalog page still answers promptly: the
// hashing runs on its own bounded pool and a sign-in beyond it gets 503 at once.
TEST_F(LoginProtection, PagesStayFastDuringASignInFlood) {
  std::vector<std::future<int>> flood;
  for (int i = 0; i < 50; ++i) {
    flood.push_back(std::async(std::launch::async, [this, i] {
      return login_from("203.0.113." + std::to_string(i + 1), "khong_ai_" + std::to_string(i),
                        kWrong)
          .status;
    }));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  std::chrono::steady_clock::duration slowest{};
  for (int i = 0; i < 3; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto page = get("/thu-tuc?q=khai+sinh");
    slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    EXPECT_EQ(page.status, 200);
  }
  int answered = 0;
  for (auto& attempt : flood) {
    const int status = attempt.get();
    EXPECT_TRUE(status == 401 || status == 503) << status;
    answered += status == 401 ? 1 : 0;
  }
  EXPECT_GT(answered, 0);
  EXPECT_LT(slowest, std::chrono::seconds(1))
      << std::chrono::duration_cast<std::chrono::milliseconds>(slowest).count() << " ms";
}

// A second server process on the same store, with small limits: the limits themselves, and the
// lockout counts that every process shares through the store.
class RateLimits : public LoginProtection {
 protected:
  static void SetUpTestSuite() {
    std::vector<std::string> argv{MOTCUA_BINARY,
                                  "serve",
                                  "--port",
                                  "0",
                                  "--workers",
                                  "2",
                                  "--trusted-proxy-header",
                                  "X-Forwarded-For",
                                  "--trusted-proxies",
                                  "127.0.0.1",
                                  "--login-rate",
                                  "3",
                                  "--write-rate",
                                  "8"};
    for (const auto& arg : environment().store_arguments()) argv.push_back(arg);
    server_ = std::make_unique<ServerProcess>(
        argv, environment().data_dir() + "/limited-server.log", std::chrono::seconds(120));
  }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->stop(std::chrono::seconds(60)), 0) << server_->log();
    server_.reset();
  }

  static HttpResponse send(const std::string& method, const std::string& target,
                           const std::string& address, Headers headers = {},
                           const std::string& body = "") {
    headers.emplace_back("X-Forwarded-For", address);
    return HttpClient(server_->port()).send({method, target, headers, body});
  }
  static HttpResponse page_login(const std::string& address) {
    return send("POST", "/dang-nhap", address,
                {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"Cookie", "motcua_form=tokentokentoken"}},
                "_csrf=tokentokentoken&username=congdan&password=Wrong%402026x");
  }

  static std::unique_ptr<ServerProcess> server_;
};

std::unique_ptr<ServerProcess> RateLimits::server_;

TEST_F(RateLimits, SignInsBeyondTheLoginRateGet429WithRetryAfter) {
  for (int attempt = 1; attempt <= 3; ++attempt)
    EXPECT_EQ(login_from("192.0.2.1", "khong_ai_1", kWrong, server_->port()).status, 401);
  const auto refused = login_from("192.0.2.1", kCitizen, kDemoPassword, server_->port());
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(error_code(refused), "rate_limited");
  EXPECT_GE(std::stoi(refused.header("retry-after").value_or("0")), 1);
  EXPECT_EQ(login_from("192.0.2.2", kCitizen, kDemoPassword, server_->port()).status, 200)
      << "other addresses are not limited";
}

TEST_F(RateLimits, ThePortalLoginPageSaysSoInTheVisitorsLanguage) {
  for (int attempt = 1; attempt <= 3; ++attempt) EXPECT_EQ(page_login("192.0.2.3").status, 401);
  const auto refused = page_login("192.0.2.3");
  EXPECT_EQ(refused.status, 429);
  EXPECT_TRUE(refused.header("retry-after"));
  EXPECT_NE(refused.body.find("đã thử đăng nhập quá nhiều lần"), std::string::npos) << refused.body;
}

TEST_F(RateLimits, WritesBeyondTheWriteRateGet429) {
  for (int i = 1; i <= 8; ++i)
    EXPECT_EQ(send("POST", "/api/v1/auth/logout", "192.0.2.4").status, 401) << i;
  const auto refused = send("POST", "/api/v1/auth/logout", "192.0.2.4");
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(error_code(refused), "rate_limited");
  EXPECT_GE(std::stoi(refused.header("retry-after").value_or("0")), 1);
  EXPECT_EQ(send("GET", "/api/v1/procedures", "192.0.2.4").status, 200) << "reads go on";

  for (int i = 1; i <= 8; ++i) send("POST", "/dang-xuat", "192.0.2.5");
  const auto page = send("POST", "/dang-xuat", "192.0.2.5");
  EXPECT_EQ(page.status, 429);
  EXPECT_TRUE(page.header("retry-after"));
  EXPECT_NE(page.body.find("Quá nhiều yêu cầu"), std::string::npos) << page.body;
}

// API.md: signed-in callers count per account, so one office behind one address keeps working.
TEST_F(RateLimits, SignedInCallersBehindOneAddressEachHaveTheirOwnWriteRate) {
  std::vector<std::string> tokens;
  for (const auto* user : {kCitizen, kBusiness}) {
    const auto login = login_from("192.0.2.7", user, kDemoPassword, server_->port());
    ASSERT_EQ(login.status, 200) << login.body;
    tokens.push_back(login.json().at("token").get<std::string>());
  }
  for (const auto& token : tokens) {
    for (int i = 1; i <= 8; ++i) {
      const auto marked = send("POST", "/api/v1/notifications/read", "192.0.2.7",
                               {{"Authorization", "Bearer " + token}});
      EXPECT_EQ(marked.status, 200) << i << marked.body;
    }
  }
  const auto refused = send("POST", "/api/v1/notifications/read", "192.0.2.7",
                            {{"Authorization", "Bearer " + tokens.front()}});
  EXPECT_EQ(refused.status, 429) << refused.body;
}

// API.md: `--limits off` (load tests and benchmarks) lifts the rate limits, whatever else is set.
TEST_F(LoginProtection, LimitsOffLiftsTheRateLimits) {
  std::vector<std::string> argv{MOTCUA_BINARY,  "serve", "--port",       "0", "--limits", "off",
                                "--login-rate", "1",     "--write-rate", "1"};
  for (const auto& arg : environment().store_arguments()) argv.push_back(arg);
  ServerProcess server(argv, environment().data_dir() + "/unlimited-server.log",
                       std::chrono::seconds(120));
  for (int i = 1; i <= 5; ++i) {
    const auto answer = HttpClient(server.port()).send({"POST", "/api/v1/auth/logout", {}, ""});
    EXPECT_EQ(answer.status, 401) << i << answer.body;
  }
  EXPECT_EQ(login_from("127.0.0.1", kCitizen, kDemoPassword, server.port()).status, 200);
  EXPECT_NE(server.log().find("--limits off"), std::string::npos) << "the server warns";
  EXPECT_EQ(server.stop(std::chrono::seconds(60)), 0);
}

TEST_F(RateLimits, LockoutCountsAreSharedByEveryServerProcess) {
  const auto user = new_citizen("chung");
  lock_out("192.0.2.6", user);
  const auto other = login_from("192.0.2.6", user, kDemoPassword, server_->port());
  EXPECT_EQ(other.status, 429) << other.body;
  EXPECT_EQ(error_code(other), "account_locked");
}

}  // namespace
}  // namespace motcua::test
