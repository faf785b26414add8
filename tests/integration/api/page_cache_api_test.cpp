// Anonymous visitors' pages served from the cache: a change made through the server shows at once,
// and a page holding one visitor's form token is never handed to another.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using PageCacheApi = ApiTest;

TEST_F(PageCacheApi, AChangeShowsAtOnceOnTheAnonymousPage) {
  const auto before = get("/gioi-thieu");
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(get("/gioi-thieu").body, before.body) << "the same page for every anonymous visitor";
  const auto path = "/api/v1/admin/pages/about/vi";
  ASSERT_EQ(put(path, {{"text", "## Giới thiệu mới\nCổng phục vụ cả tỉnh."}}, kAdmin).status, 200);
  EXPECT_NE(get("/gioi-thieu").body.find("Giới thiệu mới"), std::string::npos)
      << "the write cleared the kept pages";
  ASSERT_EQ(put(path, {{"text", ""}}, kAdmin).status, 200);
  EXPECT_EQ(get("/gioi-thieu").body.find("Giới thiệu mới"), std::string::npos);
}

TEST_F(PageCacheApi, AVisitorsFormTokenIsNeverServedToAnother) {
  const auto page_with = [&](const std::string& token) {
    return client().send({"GET", "/dang-nhap", {{"Cookie", "motcua_form=" + token}}, ""});
  };
  const auto first = page_with("firstvisitortoken0123456789");
  const auto second = page_with("secondvisitortoken987654321");
  ASSERT_EQ(first.status, 200);
  ASSERT_EQ(second.status, 200);
  EXPECT_NE(first.body.find("firstvisitortoken0123456789"), std::string::npos);
  EXPECT_NE(second.body.find("secondvisitortoken987654321"), std::string::npos);
  EXPECT_EQ(second.body.find("firstvisitortoken0123456789"), std::string::npos);
  const auto fresh = client().send({"GET", "/dang-nhap", {}, ""});
  EXPECT_TRUE(fresh.header("set-cookie")) << "a new visitor still gets a form cookie";
}

TEST_F(PageCacheApi, ASignedInVisitorNeverGetsTheAnonymousPage) {
  const auto anonymous = get("/");
  ASSERT_EQ(anonymous.status, 200);
  const auto login =
      post("/api/v1/auth/login", {{"username", kCitizen}, {"password", kDemoPassword}});
  ASSERT_EQ(login.status, 200) << login.body;
  const auto token = login.json().at("token").get<std::string>();
  const auto signed_in = client().send({"GET", "/", {{"Cookie", "motcua_session=" + token}}, ""});
  ASSERT_EQ(signed_in.status, 200);
  EXPECT_NE(signed_in.body, anonymous.body);
  EXPECT_NE(signed_in.body.find("/dang-xuat"), std::string::npos) << "the signed-in header";
}

}  // namespace
}  // namespace motcua::test
