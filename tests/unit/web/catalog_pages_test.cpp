// The catalog's view models and templates: filters, the empty page's help, the procedure page's
// parts, the sitemap and robots.txt, and conditional GET on public pages.
#include <gtest/gtest.h>

#include "app/errors.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/public_page.hpp"
#include "web/portal/sitemap.hpp"
#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

const CatalogList kList{"/thu-tuc", "search.title", "catalog.intro.procedures", "procedures",
                        false};
const CatalogList kOnline{"/dich-vu-cong-truc-tuyen", "catalog.online.title",
                          "catalog.intro.online", "online", true};

app::CatalogFilters sample_filters() {
  app::CatalogFilters filters;
  filters.sectors = {{"ho-tich", "Hộ tịch", 3}, {"dat-dai", "Đất đai", 2}};
  core::Unit unit;
  unit.code = "H29.12.05";
  unit.name = "UBND phường Bình Minh";
  filters.agencies = {unit};
  return filters;
}

core::Procedure birth() {
  core::Procedure p;
  p.code = "1.001193";
  p.name = "Đăng ký khai sinh";
  p.sector_code = "ho-tich";
  p.sector_name = "Hộ tịch";
  p.agency_code = "H29.12.05";
  p.agency_name = "UBND phường Bình Minh";
  p.level = core::ServiceLevel::toan_trinh;
  p.duration_working_days = 1;
  p.steps = {"Nộp hồ sơ", "Thẩm tra", "Trả kết quả"};
  p.channels = {"Trực tuyến"};
  p.components = {{"to-khai", "Tờ khai", true, 1, 0, ""},
                  {"chung-sinh", "Giấy chứng sinh", true, 1, 2, "bản chính"},
                  {"uy-quyen", "Văn bản ủy quyền", false, 1, 0, ""}};
  p.fees = {{"Lệ phí đăng ký", 0, ""}, {"Phí bản sao", 8000, "mỗi bản"}};
  p.applicants = "Công dân";
  p.result = "Giấy khai sinh";
  p.legal_basis = "Luật Hộ tịch 2014";
  return p;
}

app::Page<app::ProcedureHit> one_hit() {
  app::Page<app::ProcedureHit> page;
  page.total = 1;
  page.items.push_back({birth(), "Đăng ký <mark>khai</mark> sinh"});
  return page;
}

TEST(CatalogListBase, KeepsOnlyTheSetParametersEncoded) {
  EXPECT_EQ(catalog_list_base("/thu-tuc", {}), "/thu-tuc?");
  SearchParams params{"khai sinh", "", "ho-tich", 3, "toan_trinh", "", "name"};
  EXPECT_EQ(catalog_list_base("/thu-tuc", params),
            "/thu-tuc?q=khai%20sinh&sector=ho-tich&level=toan_trinh&sort=name&");
}

TEST(CatalogFilters, OffersLevelsAudiencesAndSortsWithTheChosenOnesMarked) {
  const SearchParams params{"", "H29.12.05", "", 1, "mot_phan", "business", "duration"};
  const auto view =
      catalog_filters_view(testing::translations(), "vi", sample_filters(), params, kList);
  ASSERT_EQ(view["levels"].size(), 3U);
  EXPECT_TRUE(view["levels"][1]["selected"].get<bool>());
  EXPECT_EQ(view["audiences"][1]["value"], "business");
  EXPECT_TRUE(view["audiences"][1]["selected"].get<bool>());
  ASSERT_EQ(view["sorts"].size(), 4U);
  EXPECT_EQ(view["sorts"][0]["label"], "Phù hợp nhất");
  EXPECT_TRUE(view["sorts"][2]["selected"].get<bool>());
  // Three filters in force, each removable on its own; clearing keeps the keyword.
  ASSERT_EQ(view["active"].size(), 3U);
  EXPECT_EQ(view["active"][0]["value"], "UBND phường Bình Minh");
  EXPECT_EQ(view["active"][0]["remove_url"],
            "/thu-tuc?level=mot_phan&audience=business&sort=duration&");
  EXPECT_EQ(view["clear_url"], "/thu-tuc");
}

TEST(CatalogFilters, TheOnlineListHasNoCounterOnlyLevel) {
  const auto view =
      catalog_filters_view(testing::translations(), "en", sample_filters(), {}, kOnline);
  ASSERT_EQ(view["levels"].size(), 2U);
  for (const auto& level : view["levels"]) EXPECT_NE(level["value"], "truc_tiep");
  EXPECT_FALSE(view["has_active"].get<bool>());
  EXPECT_EQ(view["action"], "/dich-vu-cong-truc-tuyen");
}

TEST(CatalogList, RendersHighlightedCardsAndTheAnnouncedCount) {
  app::Policy policy;
  CatalogListContext context{testing::translations(), "vi", policy, "", std::nullopt};
  const SearchParams params{"khai"};
  auto model = catalog_list_view(
      context, kList, params,
      catalog_filters_view(testing::translations(), "vi", sample_filters(), params, kList),
      one_hit());
  EXPECT_EQ(model["title"], "“khai” – Thủ tục hành chính");
  const auto html = testing::renderer().render("vi", "portal/search", model);
  EXPECT_NE(html.find("Đăng ký <mark>khai</mark> sinh"), std::string::npos);
  EXPECT_NE(html.find("role=\"status\""), std::string::npos);
  EXPECT_NE(html.find("Tìm thấy 1 thủ tục"), std::string::npos);
  EXPECT_NE(html.find("1 ngày làm việc"), std::string::npos);
  EXPECT_EQ(html.find("#nop-ho-so"), std::string::npos) << "apply links only on the online list";
}

TEST(CatalogList, OnlineCardsApplyLocallyOrOnTheNationalPortal) {
  app::Policy policy;
  CatalogListContext local{testing::translations(), "vi", policy, "", std::nullopt};
  auto model = catalog_list_view(local, kOnline, {}, json::object(), one_hit());
  EXPECT_EQ(model["results"][0]["apply_url"], "/thu-tuc/1.001193#nop-ho-so");
  EXPECT_FALSE(model["results"][0]["apply_external"].get<bool>());

  policy.national_portal_url = "https://dichvucong.gov.vn/p/home/x.html?ma_thu_tuc={code}";
  CatalogListContext national{testing::translations(), "vi", policy, "", std::nullopt};
  model = catalog_list_view(national, kOnline, {}, json::object(), one_hit());
  EXPECT_EQ(model["results"][0]["apply_url"],
            "https://dichvucong.gov.vn/p/home/x.html?ma_thu_tuc=1.001193");
  const auto html = testing::renderer().render("vi", "portal/search", model);
  EXPECT_NE(html.find("ma_thu_tuc=1.001193"), std::string::npos);
  EXPECT_NE(html.find("rel=\"external noopener\""), std::string::npos);
}

TEST(CatalogList, AnEmptyResultOffersTheCorrectionAndTheUnfilteredCount) {
  app::Policy policy;
  CatalogListContext context{testing::translations(), "vi", policy, "khai sinh", 4};
  const SearchParams params{"khai snh", "", "dat-dai"};
  auto model = catalog_list_view(context, kList, params, json::object(), {});
  EXPECT_FALSE(model["has_results"].get<bool>());
  EXPECT_EQ(model["empty"]["suggestion"]["url"], "/thu-tuc?q=khai%20sinh&sector=dat-dai");
  EXPECT_EQ(model["empty"]["without_filters"]["url"], "/thu-tuc?q=khai%20snh");
  const auto html = testing::renderer().render("vi", "portal/search", model);
  EXPECT_NE(html.find("Có phải bạn muốn tìm:"), std::string::npos);
  EXPECT_NE(html.find(">khai sinh</a>"), std::string::npos);
  EXPECT_NE(html.find("Tìm thấy 4 thủ tục với từ khóa này"), std::string::npos);
  EXPECT_NE(html.find("Kiểm tra chính tả"), std::string::npos);
}

TEST(CatalogList, LaterPagesSayWhichRowsTheyShow) {
  app::Policy policy;
  CatalogListContext context{testing::translations(), "en", policy, "", std::nullopt};
  auto found = one_hit();
  found.total = 45;
  SearchParams params;
  params.page = 3;
  const auto model = catalog_list_view(context, kList, params, json::object(), found);
  EXPECT_EQ(model["range_text"], "(showing 41–41)");
  EXPECT_EQ(model["title"], "Administrative procedures – Page 3");
  EXPECT_EQ(model["pagination"]["previous"], "/thu-tuc?page=2");
}

TEST(ProcedurePage, ShowsEveryPartOfTheRecordAndTheGuide) {
  auto view = procedure_page_view(testing::translations(), "vi", birth());
  EXPECT_EQ(view["level_label"], "Dịch vụ công trực tuyến toàn trình");
  EXPECT_EQ(view["fees"][0]["amount_display"], "Miễn phí");
  EXPECT_EQ(view["fees"][1]["amount_display"], "8.000 đ");
  ASSERT_EQ(view["guide"].size(), 3U);
  EXPECT_EQ(view["guide"][2]["number"], 3);
  ASSERT_EQ(view["online_guide"].size(), 6U);
  EXPECT_NE(view["online_guide"][2]["text"].get<std::string>().find("2 giấy tờ bắt buộc"),
            std::string::npos);
  view["can_apply"] = true;
  const auto html = testing::renderer().render("vi", "portal/procedure", {{"procedure", view}});
  for (const char* part :
       {"Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Giấy chứng sinh",
        "bản chính", "Phí, lệ phí", "Luật Hộ tịch 2014", "Giấy khai sinh", "Công dân", "H29.12.05",
        "mã định danh điện tử", "Bước 3", "Nộp hồ sơ trực tuyến", "id=\"nop-ho-so\"",
        "href=\"#thanh-phan\""}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
  EXPECT_EQ(html.find("href=\"#yeu-cau\""), std::string::npos) << "no conditions, no link";
}

TEST(ProcedurePage, CounterOnlyProceduresHaveNoOnlineGuide) {
  auto procedure = birth();
  procedure.level = core::ServiceLevel::truc_tiep;
  const auto view = procedure_page_view(testing::translations(), "en", procedure);
  EXPECT_TRUE(view["online_guide"].empty());
  EXPECT_EQ(view["level_help"], "Information only; apply in person or by post.");
}

TEST(ProcedurePage, MetaDescriptionNamesAgencyLevelAndDuration) {
  const auto text = procedure_meta_description(testing::translations(), "vi", birth());
  for (const char* part : {"Đăng ký khai sinh", "UBND phường Bình Minh", "toàn trình",
                           "1 ngày làm việc", "1.001193"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << " in " << text;
  }
}

TEST(NationalPortal, TheUrlTemplateTakesTheEncodedCode) {
  app::Policy policy;
  EXPECT_FALSE(app::national_portal_link(policy, "1.001193"));
  policy.national_portal_url = "https://dvc.example/p?ma={code}&again={code}";
  EXPECT_EQ(app::national_portal_link(policy, "1.001193"),
            "https://dvc.example/p?ma=1.001193&again=1.001193");
  EXPECT_EQ(app::national_portal_link(policy, "a b&c"),
            "https://dvc.example/p?ma=a%20b%26c&again=a%20b%26c");
  try {
    app::refuse_local_filing(policy, "1.001193");
    FAIL() << "a national-portal deployment takes no local draft";
  } catch (const app::AppError& error) {
    EXPECT_EQ(error.kind(), app::ErrorKind::conflict);
    EXPECT_EQ(error.code(), "national_portal");
    EXPECT_EQ(error.params.at("url"), "https://dvc.example/p?ma=1.001193&again=1.001193");
  }
  policy.national_portal_url.clear();
  EXPECT_NO_THROW(app::refuse_local_filing(policy, "1.001193"));
}

TEST(Sitemap, AbsoluteEscapedAddressesWithDates) {
  auto procedure = birth();
  procedure.effective_from =
      core::LocalDate{std::chrono::year{2025}, std::chrono::July, std::chrono::day{1}};
  const auto entries = catalog_entries({"ho-tich"}, {procedure});
  ASSERT_EQ(entries.size(), 2U);
  const auto xml = sitemap_xml("https://dichvucong.minhan.gov.vn", entries);
  EXPECT_NE(xml.find("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<loc>https://dichvucong.minhan.gov.vn/thu-tuc?sector=ho-tich</loc>"),
            std::string::npos);
  EXPECT_NE(xml.find("<loc>https://dichvucong.minhan.gov.vn/thu-tuc/1.001193</loc>"
                     "<lastmod>2025-07-01</lastmod>"),
            std::string::npos);
  const auto escaped = sitemap_xml("https://x", {{"/thu-tuc?a=1&b=2", ""}});
  EXPECT_NE(escaped.find("<loc>https://x/thu-tuc?a=1&amp;b=2</loc>"), std::string::npos);
}

TEST(Sitemap, RobotsPointsToItAndKeepsCrawlersOffPersonalPages) {
  const auto text = robots_txt("https://portal.example");
  EXPECT_NE(text.find("Sitemap: https://portal.example/sitemap.xml"), std::string::npos);
  EXPECT_NE(text.find("Disallow: /ho-so"), std::string::npos);
  EXPECT_NE(text.find("Disallow: /mot-cua"), std::string::npos);
  EXPECT_EQ(text.find("Disallow: /thu-tuc"), std::string::npos);
}

TEST(PublicPage, BaseUrlIsTheSettingWithoutItsTrailingSlash) {
  WebConfig config;
  config.public_base_url = "https://dichvucong.minhan.gov.vn/";
  EXPECT_EQ(public_base_url(config), "https://dichvucong.minhan.gov.vn");
}

TEST(PublicPage, SameContentAnswers304) {
  Request request;
  const auto first = with_validator(request, Response::html(200, "<p>trang</p>"));
  ASSERT_TRUE(first.header_value("etag"));
  EXPECT_EQ(first.header_value("cache-control"), "no-cache");
  EXPECT_EQ(first.body, "<p>trang</p>");

  request.headers = {{"if-none-match", *first.header_value("etag")}};
  const auto again = with_validator(request, Response::html(200, "<p>trang</p>"));
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header_value("etag"), first.header_value("etag"));

  const auto changed = with_validator(request, Response::html(200, "<p>trang mới</p>"));
  EXPECT_EQ(changed.status, 200);
  EXPECT_NE(changed.header_value("etag"), first.header_value("etag"));

  const auto error = with_validator(request, Response::html(404, "<p>không có</p>"));
  EXPECT_EQ(error.status, 404);
  EXPECT_FALSE(error.header_value("etag"));
}

}  // namespace
}  // namespace motcua::web
