// A page written into the kept layout is, byte for byte, the page the full render writes, for
// each shape of model and visit it accepts; it declines the others.
#include "web/pages/kept_layout.hpp"

#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

constexpr const char* kProvince = R"({"name": "Cổng Dịch vụ công tỉnh Minh An",
  "owner": {"name": "Văn phòng UBND tỉnh Minh An", "hotline": "1900 1234"}})";

LayoutInput visitor(const std::string& path, const std::string& nav, const std::string& lang) {
  LayoutInput input;
  input.lang = lang;
  input.path = path;
  input.query = {{"ma", "H29.50-<251207>&0005"}, {"lang", lang}};
  input.province_json = kProvince;
  input.nav = nav;
  return input;
}

std::string full_render(const LayoutInput& input, const std::string& name, const json& model) {
  const auto& translations = testing::translations();
  const auto visit = layout_visit_model(input);
  return testing::renderer().page(
      input.lang, name,
      {&layout_site_model(translations, input), &layout_nav_model(input.nav), &visit, &model});
}

std::optional<std::string> kept(const LayoutInput& input, const std::string& name,
                                const json& model) {
  return page_in_kept_layout(testing::renderer(), testing::translations(), input, name, model);
}

struct Case {
  const char* label;
  const char* path;
  const char* nav;
  const char* lang;
  const char* name;
  json model;
};

TEST(KeptLayout, WritesWhatTheFullRenderWrites) {
  const Case cases[] = {
      {"lookup form",
       "/tra-cuu",
       "lookup",
       "vi",
       "portal/lookup",
       {{"title", "Tra cứu hồ sơ"}, {"code", ""}}},
      {"lookup not found",
       "/tra-cuu",
       "lookup",
       "en",
       "portal/lookup",
       {{"title", "Lookup & <track>"}, {"code", "X/1"}, {"not_found", "No \"X/1\""}}},
      {"no title", "/", "home", "vi", "portal/error", {{"message", "m"}, {"status", 404}}},
      {"description and canonical",
       "/thu-tuc/1.001193",
       "procedures",
       "vi",
       "portal/error",
       {{"title", "Thủ tục"},
        {"meta_description", "Mô tả <ngắn> 'x'"},
        {"canonical_url", "https://dvc.example/thu-tuc/1.001193?a=1&b=2"},
        {"heading", "h"},
        {"message", "m"},
        {"status", 410}}},
      {"officials' menu",
       "/mot-cua",
       "backoffice",
       "vi",
       "portal/error",
       {{"title", "Một cửa"}, {"message", "m"}, {"status", 401}}},
      {"login page",
       "/dang-nhap",
       "",
       "en",
       "portal/error",
       {{"title", "Sign in"}, {"message", "m"}, {"status", 200}}},
  };
  // Twice: the second time from the kept shell.
  for (int round = 0; round < 2; ++round) {
    for (const auto& c : cases) {
      const auto input = visitor(c.path, c.nav, c.lang);
      const auto page = kept(input, c.name, c.model);
      ASSERT_TRUE(page.has_value()) << c.label;
      EXPECT_EQ(*page, full_render(input, c.name, c.model)) << c.label;
    }
  }
}

TEST(KeptLayout, OneShellServesOtherValues) {
  const auto first = visitor("/tra-cuu", "lookup", "vi");
  auto second = first;
  second.query = {{"ma", "H29.50-251207-0006"}};
  const json model{{"title", "Tra cứu hồ sơ"}, {"code", "H29.50-251207-0006"}};
  ASSERT_TRUE(kept(first, "portal/lookup", model).has_value());
  EXPECT_EQ(kept(second, "portal/lookup", model), full_render(second, "portal/lookup", model));
}

TEST(KeptLayout, DeclinesSignedInCallersAndModelsSettingTheLayoutsNames) {
  const auto input = visitor("/tra-cuu", "lookup", "vi");
  EXPECT_FALSE(kept(input, "portal/lookup", {{"title", "t"}, {"lang", "en"}}).has_value());
  EXPECT_FALSE(kept(input, "portal/lookup", {{"title", "t"}, {"site", {{"name", "x"}}}}));
  EXPECT_FALSE(kept(input, "portal/lookup", {{"title", 5}}).has_value());
  EXPECT_FALSE(kept(input, "portal/lookup", json::array()).has_value());
  app::User user;
  user.username = "dan";
  auto signed_in = input;
  signed_in.user = &user;
  EXPECT_FALSE(kept(signed_in, "portal/lookup", {{"title", "t"}}).has_value());
}

}  // namespace
}  // namespace motcua::web
