// A page written from its shape's kept content is, byte for byte, the page the full render of its
// model writes, for each shape and each set of texts; it declines what a shell cannot stand for.
#include "web/pages/shaped_page.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../http/temp_dir.hpp"
#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

LayoutInput visitor(const std::string& lang, const std::string& code) {
  LayoutInput input;
  input.lang = lang;
  input.path = "/tra-cuu";
  input.query = {{"ma", code}};
  input.province_json = R"({"name": "Cổng Dịch vụ công tỉnh Minh An"})";
  return input;
}

// The lookup's model of `texts`: code, procedure, received, due, unit, then the stages' times.
json lookup_model(const std::vector<std::string>& texts, int reached) {
  json stages = json::array();
  for (int i = 0; i < 3; ++i) {
    json stage{{"label", "Giai đoạn " + std::to_string(i + 1)},
               {"done", i < reached},
               {"current", i + 1 == reached},
               {"state", i < reached ? "xong" : "chưa"}};
    if (i < reached) stage["at"] = texts[5 + static_cast<std::size_t>(i)];
    stages.push_back(stage);
  }
  return {{"title", "Tra cứu hồ sơ"},
          {"nav", "lookup"},
          {"code", texts[0]},
          {"result",
           {{"code", texts[0]},
            {"procedure", {{"name", texts[1]}}},
            {"status", {{"css", "status status-processing"}, {"label", "Đang xử lý"}}},
            {"received_at_display", texts[2]},
            {"due_at_display", texts[3]},
            {"receiving_unit", texts[4]},
            {"progress", {{"stages", stages}, {"percent", reached * 100 / 3}, {"label", "x/3"}}}}}};
}

ShapedModel shaped(std::vector<std::string> texts, int reached) {
  return {"reached " + std::to_string(reached), std::move(texts),
          [reached](const std::vector<std::string>& t) { return lookup_model(t, reached); }};
}

std::string full_render(const views::Renderer& renderer, LayoutInput input,
                        const ShapedModel& page) {
  auto model = page.build(page.texts);
  input.nav = model["nav"];
  model.erase("nav");
  const auto& translations = testing::translations();
  const auto visit = layout_visit_model(input);
  return renderer.page(
      input.lang, "portal/lookup",
      {&layout_site_model(translations, input), &layout_nav_model(input.nav), &visit, &model});
}

std::optional<std::string> shaped_page(const views::Renderer& renderer, const LayoutInput& input,
                                       const ShapedModel& page) {
  return shaped_page_in_kept_layout(renderer, testing::translations(), input, "portal/lookup",
                                    page);
}

TEST(ShapedPage, WritesWhatTheFullRenderWritesForEveryShapeAndText) {
  const std::vector<ShapedModel> pages = {
      shaped({"H29.50-251207-0005", "Cấp phép <xây dựng> & \"sửa\"", "07/12/2026 08:00",
              "14/12/2026 17:00", "Sở Xây dựng", "07/12 08:00", "07/12 09:00", ""},
             2),
      // The same shape, other texts: from the content kept for it.
      shaped({"H29.50-251207-0006", "Đăng ký 'hộ' kinh doanh", "08/12/2026 10:30",
              "15/12/2026 17:00", "UBND xã A/B", "08/12 10:30", "08/12 11:00", ""},
             2),
      // Other shapes: facts missing, no stage or every stage reached.
      shaped({"H29.50-251207-0007", "Thủ tục", "", "", "", "", "", ""}, 0),
      shaped({"H29.50-251207-0008", "Thủ tục", "01/12/2026 08:00", "", "Sở Tư pháp", "01/12 08:00",
              "02/12 08:00", "03/12 08:00"},
             3),
  };
  for (const auto* lang : {"vi", "en"}) {
    for (const auto& page : pages) {
      const auto input = visitor(lang, page.texts[0]);
      const auto written = shaped_page(testing::renderer(), input, page);
      ASSERT_TRUE(written.has_value()) << lang << ' ' << page.texts[0];
      EXPECT_EQ(*written, full_render(testing::renderer(), input, page))
          << lang << ' ' << page.texts[0];
    }
  }
}

TEST(ShapedPage, DeclinesWhatAShellCannotStandFor) {
  const auto input = visitor("vi", "A1");
  const std::vector<std::string> texts{"A1", "P", "", "", "", ""};
  // A text written as part of a larger one, or in the title.
  EXPECT_FALSE(shaped_page(testing::renderer(), input,
                           {"in a larger text", texts,
                            [](const std::vector<std::string>& t) {
                              return json{{"title", "T"}, {"code", "Mã " + t[0]}};
                            }})
                   .has_value());
  EXPECT_FALSE(shaped_page(testing::renderer(), input,
                           {"in the title", texts,
                            [](const std::vector<std::string>& t) {
                              return json{{"title", t[1]}, {"code", t[0]}};
                            }})
                   .has_value());
  // A signed-in caller.
  app::User user;
  auto signed_in = input;
  signed_in.user = &user;
  EXPECT_FALSE(shaped_page(testing::renderer(), signed_in, shaped(texts, 0)).has_value());
  // A theme whose lookup page reads the visit's links: the full render writes those.
  const test::TempDir theme;
  theme.write("portal/lookup.mustache", "<a href=\"{{login_url}}\">{{code}}</a>");
  const views::Renderer themed(MOTCUA_SOURCE_DIR "/templates", theme.path().string(),
                               testing::translations());
  EXPECT_FALSE(shaped_page(themed, input, shaped(texts, 0)).has_value());
}

}  // namespace
}  // namespace motcua::web
