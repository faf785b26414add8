// How run_api maps failures: the client's malformed JSON is its 400, but a JSON error in the
// server's own code is a 500 logged with the request id, never blamed on the request.
#include <gtest/gtest.h>

#include <stdexcept>

#include "web/responses.hpp"
#include "web_test_support.hpp"

namespace motcua::web {
namespace {

// run_api reads none of the ports for an anonymous GET: each would fail the test if it were.
class UnusedStore final : public app::Store {
 public:
  void write(const std::function<void(app::Transaction&)>&) override { unused(); }
  void read(const std::function<void(app::Transaction&)>&) override { unused(); }
  int migrate() override { unused(); }
  std::string kind() const override { unused(); }
  std::uint64_t account_writes() const override { unused(); }

 private:
  [[noreturn]] static void unused() { throw std::logic_error("the store is not for this test"); }
};

class UnusedFiles final : public app::FileStore {
 public:
  std::string put(std::string_view) override { return ""; }
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
};

class FixedClock final : public app::Clock {
 public:
  core::Instant now() const override { return {}; }
};

class NoCrypto final : public app::Crypto {
 public:
  std::string hash_password(std::string_view) const override { return ""; }
  bool verify_password(std::string_view, const std::string&) const override { return false; }
  std::string random_token() const override { return ""; }
};

class RunApiTest : public ::testing::Test {
 protected:
  Response run(const std::string& body, const CallerHandler& handler) {
    request_.body = body;
    return run_api(context_, request_, handler);
  }
  static std::string code_of(const Response& response) {
    return nlohmann::json::parse(response.body).at("error").at("code").get<std::string>();
  }

  UnusedStore store_;
  UnusedFiles files_;
  FixedClock clock_;
  NoCrypto crypto_;
  app::Services services_{store_, files_, clock_, crypto_, {}};
  WebContext context_{services_, testing::translations(), testing::renderer(), {}};
  Request request_{Method::get, "/api/v1/x", "/api/v1/x", {}, {}, "", "127.0.0.1", "req-1", {}};
};

TEST_F(RunApiTest, TheClientsMalformedJsonIs400) {
  const auto response =
      run("{\"a\": ", [&](Caller&) { return json_response(200, parse_json_body(request_)); });
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(code_of(response), "malformed_json");
}

TEST_F(RunApiTest, AJsonErrorOfTheServersOwnIs500) {
  const auto response = run("{}", [&](Caller&) -> Response {
    const auto body = parse_json_body(request_);
    return json_response(200, {{"n", body.at("missing").get<int>()}});
  });
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(code_of(response), "internal");
}

}  // namespace
}  // namespace motcua::web
