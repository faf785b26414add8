#include "web/pages/layout_model.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kProvince = R"({
  "name": "Cổng Dịch vụ công tỉnh Minh An", "name_en": "Minh An Public Service Portal",
  "owner": {"name": "Văn phòng UBND tỉnh Minh An", "address": "1 Đường Lê Lợi",
            "hotline": "1900 1234", "email": "hotro@minhan.gov.vn"}})";

std::string render(const json& model) {
  auto full = model;
  full["content"] = "<p>nội dung</p>";
  return testing::renderer().render(model["lang"], "layout", full);
}

TEST(LanguageUrl, KeepsTheQueryAndReplacesLang) {
  EXPECT_EQ(language_url("/thu-tuc", {{"q", "khai sinh"}, {"lang", "vi"}}, "en"),
            "/thu-tuc?q=khai%20sinh&lang=en");
  EXPECT_EQ(language_url("/", {}, "vi"), "/?lang=vi");
}

TEST(SiteIdentity, ReadsTheProvinceInEachLanguage) {
  const auto vi = site_identity(testing::translations(), "vi", kProvince);
  EXPECT_EQ(vi["name"], "Cổng Dịch vụ công tỉnh Minh An");
  EXPECT_EQ(vi["owner"], "Văn phòng UBND tỉnh Minh An");
  EXPECT_EQ(vi["hotline"], "1900 1234");
  EXPECT_EQ(site_identity(testing::translations(), "en", kProvince)["name"],
            "Minh An Public Service Portal");
  EXPECT_EQ(site_identity(testing::translations(), "vi", "")["name"], "Cổng dịch vụ công");
  EXPECT_EQ(site_identity(testing::translations(), "vi", "not json")["address"], "");
}

TEST(Layout, AnonymousVisitorSeesRegisterAndLogin) {
  LayoutInput input;
  input.path = "/thu-tuc/1.001193";
  input.province_json = kProvince;
  input.nav = "procedures";
  const auto html = render(layout_model(testing::translations(), input));
  EXPECT_THAT(html, HasSubstr("<html lang=\"vi\">"));
  EXPECT_THAT(html, HasSubstr("href=\"#main\""));
  EXPECT_THAT(html, HasSubstr(">Đăng ký</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"&#x2F;dang-nhap?next=%2Fthu-tuc%2F1.001193\""));
  EXPECT_THAT(html, HasSubstr(R"(<a href="/thu-tuc" aria-current="page">)"));
  EXPECT_THAT(html, Not(HasSubstr("Hồ sơ của tôi")));
  EXPECT_THAT(html, HasSubstr("hotro@minhan.gov.vn"));
  EXPECT_THAT(html, HasSubstr("href=\"tel:19001234\""));
  EXPECT_THAT(html, HasSubstr("1 Đường Lê Lợi"));
  EXPECT_THAT(html, Not(HasSubstr("emc.js")));  // no EMC id, no tracking
  EXPECT_THAT(html, Not(HasSubstr("style=")));
}

TEST(Layout, SignedInCitizenSeesNameLogoutAndMyDossiers) {
  app::User user;
  user.full_name = "Nguyễn Văn An";
  user.roles = {core::Role::citizen};
  LayoutInput input;
  input.lang = "en";
  input.user = &user;
  input.csrf_token = "tok<en>";
  const auto html = render(layout_model(testing::translations(), input));
  EXPECT_THAT(html, HasSubstr("<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("Nguyễn Văn An"));
  EXPECT_THAT(html, HasSubstr(R"(name="_csrf" value="tok&lt;en&gt;")"));
  EXPECT_THAT(html, HasSubstr("My dossiers"));
  EXPECT_THAT(html, Not(HasSubstr("Dossier processing")));
}

TEST(Layout, TheUnreadBadgeCountsToNinetyNine) {
  app::User user;
  user.roles = {core::Role::citizen};
  LayoutInput input;
  input.user = &user;
  for (const auto& [unread, badge] :
       {std::pair{7, ">7<"}, std::pair{99, ">99<"}, std::pair{100, ">99+<"}}) {
    input.unread_notifications = unread;
    EXPECT_THAT(render(layout_model(testing::translations(), input)),
                HasSubstr(std::string("count-badge\"") + badge))
        << unread;
  }
  input.unread_notifications = 0;
  EXPECT_THAT(render(layout_model(testing::translations(), input)), Not(HasSubstr("count-badge")));
}

TEST(Layout, OfficialSeesTheBackOfficeAndEmcScriptIsExternal) {
  app::User user;
  user.username = "tiepnhan";
  user.roles = {core::Role::reception};
  LayoutInput input;
  input.user = &user;
  input.emc_site_id = "123";
  input.emc_tracker_url = "https://f-emc.example/tracking";
  input.emc_script_url = "https://f-emc.example/embed.js";
  const auto html = render(layout_model(testing::translations(), input));
  EXPECT_THAT(html, HasSubstr("href=\"/mot-cua\""));
  EXPECT_THAT(html, Not(HasSubstr("href=\"/ho-so\"")));
  EXPECT_THAT(html, HasSubstr(R"(<script src="/static/js/emc.js" defer data-site-id="123")"));
}

}  // namespace
}  // namespace motcua::web
