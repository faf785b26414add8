// Requirements P22: the portal counts page views per page and day, without personal data, and
// administrators read the figures at /api/v1/admin/page-views.
#include <map>

#include "api_test.hpp"

namespace motcua::test {
namespace {

class UsageApi : public ApiTest {
 protected:
  // Today's views by page (the server shares its counts with the other tests: compare changes).
  std::map<std::string, long long> today() {
    const auto response = get("/api/v1/admin/page-views", kAdmin);
    EXPECT_EQ(response.status, 200) << response.body;
    const auto body = response.json();  // kept: the loop reads into it
    std::map<std::string, long long> views;
    for (const auto& item : body.at("items"))
      views[item.at("page").get<std::string>()] += item.at("views").get<long long>();
    return views;
  }
};

TEST_F(UsageApi, PagesAreCountedByRouteAndNothingElseIs) {
  auto before = today();
  const auto ref = submitted_dossier();
  EXPECT_EQ(get("/").status, 200);
  EXPECT_EQ(get("/").status, 200);
  EXPECT_EQ(get("/thu-tuc/1.001193").status, 200);
  EXPECT_EQ(get("/ho-so/" + ref.code, kCitizen).status, 200);
  EXPECT_EQ(get("/thu-tuc/khong-co-thu-tuc-nay").status, 404);
  EXPECT_EQ(get("/ho-so").status, 303) << "a redirect to log in is not a view";
  EXPECT_EQ(get("/api/v1/procedures").status, 200);
  EXPECT_EQ(get("/sitemap.xml").status, 200);
  EXPECT_EQ(get("/mot-cua", "tiepnhan").status, 200);

  auto after = today();
  EXPECT_EQ(after["/"] - before["/"], 2);
  EXPECT_EQ(after["/thu-tuc/1.001193"] - before["/thu-tuc/1.001193"], 1);
  EXPECT_EQ(after["/ho-so/{ref}"] - before["/ho-so/{ref}"], 1) << "the route, never the code";
  for (const auto& [page, views] : after) {
    EXPECT_EQ(page.find(ref.code), std::string::npos) << page;
    EXPECT_NE(page, "/thu-tuc/khong-co-thu-tuc-nay");
    EXPECT_NE(page, "/sitemap.xml");
    EXPECT_EQ(page.rfind("/api/", 0), std::string::npos) << page;
    EXPECT_EQ(page.rfind("/mot-cua", 0), std::string::npos) << page;
  }
}

TEST_F(UsageApi, OnlyAdministratorsReadTheFigures) {
  EXPECT_EQ(get("/api/v1/admin/page-views").status, 401);
  EXPECT_EQ(get("/api/v1/admin/page-views", kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/admin/page-views", "tiepnhan").status, 403);
}

TEST_F(UsageApi, DatesAreCheckedAndEchoed) {
  const auto bad = get("/api/v1/admin/page-views?from=03/12/2026", kAdmin);
  EXPECT_EQ(bad.status, 400) << bad.body;
  const auto range = get("/api/v1/admin/page-views?from=2020-01-01&to=2020-01-31", kAdmin);
  ASSERT_EQ(range.status, 200) << range.body;
  EXPECT_EQ(range.json().at("from"), "2020-01-01");
  EXPECT_EQ(range.json().at("total"), 0);
  EXPECT_TRUE(range.json().at("items").empty());
}

}  // namespace
}  // namespace motcua::test
