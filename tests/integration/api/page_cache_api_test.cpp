// Pages served from the cache: a change made through the server shows at once, a page holding one
// visitor's form token is never handed to another, and a signed-in page kept for its session is
// seen by that session alone and only while it lasts.
#include <chrono>

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

// The second visitor of a page is answered from memory before any worker sees the request: the
// answer must be the worker's, headers and all, and its views still count.
TEST_F(PageCacheApi, AKeptPageAnsweredFromMemoryIsTheRenderedOneAndCounts) {
  const auto views = [&] {
    const auto body = get("/api/v1/admin/page-views", kAdmin).json();
    long long about = 0;
    for (const auto& item : body.at("items"))
      if (item.at("page") == "/gioi-thieu") about += item.at("views").get<long long>();
    return about;
  };
  const auto before = views();
  // A target no other test asks for, so the first request renders it.
  const std::string target =
      "/gioi-thieu?lan=" +
      std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  const auto rendered = get(target);
  const auto kept = get(target);
  ASSERT_EQ(rendered.status, 200);
  ASSERT_EQ(kept.status, 200);
  EXPECT_EQ(kept.body, rendered.body);
  for (const auto& [name, value] : rendered.headers) {
    if (name == "date" || name == "x-request-id") continue;
    EXPECT_EQ(kept.header(name).value_or("(none)"), value) << name;
  }
  EXPECT_EQ(kept.headers.size(), rendered.headers.size());
  const auto etag = kept.header("etag");
  ASSERT_TRUE(etag);
  const auto revalidated = client().send({"GET", target, {{"If-None-Match", *etag}}, ""});
  EXPECT_EQ(revalidated.status, 304);
  EXPECT_EQ(revalidated.header("content-security-policy").value_or("(none)"),
            rendered.header("content-security-policy").value_or("-"));
  EXPECT_TRUE(revalidated.body.empty());
  EXPECT_EQ(views() - before, 3) << "the rendering, the kept copy and the revalidation";
}

TEST_F(PageCacheApi, AKeptApiAnswerIsNotAPageView) {
  const auto count = [&] {
    long long total = 0;
    const auto body = get("/api/v1/admin/page-views", kAdmin).json();  // held for the loop
    for (const auto& item : body.at("items"))
      if (item.at("page").get<std::string>().rfind("/api/", 0) == 0) total += 1;
    return total;
  };
  ASSERT_EQ(get("/api/v1/procedures?q=khai+sinh").status, 200);
  const auto second = get("/api/v1/procedures?q=khai+sinh");
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(count(), 0);
}

struct Login {
  std::string token;
  std::string csrf;
};

class KeptPagesApi : public ApiTest {
 protected:
  Login login(const std::string& username) {
    const auto response =
        post("/api/v1/auth/login", {{"username", username}, {"password", kDemoPassword}});
    EXPECT_EQ(response.status, 200) << response.body;
    const auto body = response.json();
    return {body.at("token").get<std::string>(), body.at("csrf_token").get<std::string>()};
  }
  HttpResponse page(const std::string& target, const std::string& token) {
    return client().send({"GET", target, {{"Cookie", "motcua_session=" + token}}, ""});
  }
};

TEST_F(KeptPagesApi, ASignedInPageIsKeptForItsOwnSessionOnly) {
  const auto first = login(kCitizen);
  const auto second = login(kCitizen);
  const auto mine = page("/ho-so", first.token);
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find(first.csrf), std::string::npos) << "the session's own forms";
  EXPECT_EQ(page("/ho-so", first.token).body, mine.body);
  const auto theirs = page("/ho-so", second.token);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_NE(theirs.body.find(second.csrf), std::string::npos);
  EXPECT_EQ(theirs.body.find(first.csrf), std::string::npos)
      << "another session never gets the first one's page";
  const auto business = login(kBusiness);
  EXPECT_EQ(page("/ho-so", business.token).body.find(first.csrf), std::string::npos);
}

TEST_F(KeptPagesApi, ASignOutEndsTheSessionAtOnceForTheApiToo) {
  const auto session = login(kCitizen);
  const auto me = [&] {
    return client().send({"GET", "/api/v1/me/profile", bearer(session.token), ""});
  };
  ASSERT_EQ(me().status, 200);
  ASSERT_EQ(me().status, 200) << "verified a moment ago";
  ASSERT_EQ(client().send({"POST", "/api/v1/auth/logout", bearer(session.token), ""}).status, 204);
  EXPECT_EQ(me().status, 401);
}

TEST_F(KeptPagesApi, AnEndedSessionNeverSeesItsKeptPageAgain) {
  const auto session = login(kCitizen);
  ASSERT_EQ(page("/ho-so", session.token).status, 200);
  ASSERT_EQ(client().send({"POST", "/api/v1/auth/logout", bearer(session.token), ""}).status, 204);
  const auto after = page("/ho-so", session.token);
  EXPECT_EQ(after.status, 303) << "to the login page";
  EXPECT_EQ(after.body.find(session.csrf), std::string::npos);
}

// Another node may not have heard of the change yet: the browser carries its time instead.
TEST_F(KeptPagesApi, ABrowsersChangeIsMarkedForTheNextNodeAndAnApiClientsIsNot) {
  const auto marker = [](const HttpResponse& response) {
    for (const auto& [name, value] : response.headers)
      if (name == "set-cookie" && value.rfind("motcua_wrote=", 0) == 0) return true;
    return false;
  };
  const auto user = new_citizen("marked");
  const auto browser = login(user);
  const json draft{{"procedure_code", birth_procedure().at("code")},
                   {"form", filled_form(birth_procedure().at("form").at("fields"))}};
  const auto by_browser = client().send({"POST",
                                         "/api/v1/dossiers",
                                         {{"Cookie", "motcua_session=" + browser.token},
                                          {"X-CSRF-Token", browser.csrf},
                                          {"Content-Type", "application/json"}},
                                         draft.dump()});
  ASSERT_EQ(by_browser.status, 201) << by_browser.body;
  EXPECT_TRUE(marker(by_browser));
  const auto by_client = post("/api/v1/dossiers", draft, user);
  ASSERT_EQ(by_client.status, 201) << by_client.body;
  EXPECT_FALSE(marker(by_client)) << "no cookie for a bearer token";
  const auto refused = client().send(
      {"POST", "/api/v1/dossiers", {{"Content-Type", "application/json"}}, draft.dump()});
  EXPECT_EQ(refused.status, 401);
  EXPECT_FALSE(marker(refused));
}

TEST_F(KeptPagesApi, TheApplicantsOwnChangeShowsAtOnce) {
  const auto user = new_citizen("kept");
  const auto session = login(user);
  ASSERT_EQ(page("/ho-so", session.token).status, 200);
  const auto draft = create_draft(user, filled_form(birth_procedure().at("form").at("fields")));
  const auto link = "/ho-so/" + std::to_string(draft.id) + "/sua";
  EXPECT_NE(page("/ho-so", session.token).body.find(link), std::string::npos);
}

TEST_F(KeptPagesApi, AnOfficialsChangeShowsAtOnceOnTheApplicantsAndTheQueuesPages) {
  const auto desk = login(kReception);
  const auto queue = "/mot-cua?hang-doi=online-intake";
  const auto waiting = page(queue, desk.token);
  ASSERT_EQ(waiting.status, 200);
  const auto dossier = submitted_dossier();
  EXPECT_NE(page(queue, desk.token).body, waiting.body)
      << "the applicant's submission cleared the desk's kept queue (its count changed)";
  const auto citizen = login(kCitizen);
  const auto target = "/ho-so/" + dossier.code;
  const auto before = page(target, citizen.token);
  ASSERT_EQ(before.status, 200);
  const auto desk_page = "/mot-cua/ho-so/" + dossier.code;
  const auto desk_before = page(desk_page, desk.token);
  ASSERT_EQ(desk_before.status, 200);
  act(kReception, dossier.code, "receive");
  const auto after = page(target, citizen.token);
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.body, before.body) << "the new status, not the kept page";
  EXPECT_NE(page(desk_page, desk.token).body, desk_before.body);
}

}  // namespace
}  // namespace motcua::test
