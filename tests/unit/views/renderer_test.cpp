#include "views/renderer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace motcua::views {
namespace {

namespace fs = std::filesystem;

class RendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ =
        fs::temp_directory_path() /
        ("motcua-renderer-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    write("i18n/vi/t.json", R"({"greet": "Xin chào & chúc"})");
    write("i18n/en/t.json", R"({"greet": "Hello & welcome"})");
    write("templates/layout.mustache", "<main>{{{content}}}</main>{{> shared/footer}}");
    write("templates/shared/footer.mustache", "<footer>{{> shared/line}}</footer>");
    write("templates/shared/line.mustache", "[[greet]] {{name}}");
    write("templates/page.mustache", "<h1>{{title}}</h1>{{#rows}}{{> shared/row}}{{/rows}}");
    write("templates/shared/row.mustache", "<p>{{.}}</p>");
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& path, const std::string& text) {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path) << text;
  }
  Renderer renderer(const std::string& theme = "") {
    translations_ = Translations::load((root_ / "i18n").string());
    return Renderer((root_ / "templates").string(), theme, translations_);
  }

  fs::path root_;
  Translations translations_;
};

TEST_F(RendererTest, PartialsNestedInPartialsAreRendered) {
  const auto html =
      renderer().page("vi", "page", {{"title", "T"}, {"rows", {"a", "b"}}, {"name", "An"}});
  EXPECT_EQ(html, "<main><h1>T</h1><p>a</p><p>b</p></main><footer>Xin chào &amp; chúc An</footer>");
}

TEST_F(RendererTest, TranslationsFollowTheLanguage) {
  EXPECT_EQ(renderer().render("en", "shared/line", {{"name", "<b>"}}),
            "Hello &amp; welcome &lt;b&gt;");
}

TEST_F(RendererTest, ThemeTemplatesReplaceTheStockOnesEvenAsPartials) {
  write("theme/shared/line.mustache", "Minh An {{name}}");
  const auto html =
      renderer((root_ / "theme").string()).page("vi", "page", {{"title", "T"}, {"name", "An"}});
  EXPECT_EQ(html, "<main><h1>T</h1></main><footer>Minh An An</footer>");
}

TEST_F(RendererTest, AnUnknownPartialRendersAsNothing) {
  write("templates/broken.mustache", "a{{> nowhere}}b");
  EXPECT_EQ(renderer().render("vi", "broken", nlohmann::json::object()), "ab");
}

TEST_F(RendererTest, AnUnknownTemplateIsAnError) {
  EXPECT_THROW(renderer().render("vi", "missing", nlohmann::json::object()), std::runtime_error);
}

// A partial that includes itself goes as deep as its data: the model's depth is bounded, so such a
// template cannot be driven down the stack by deep data.
TEST_F(RendererTest, AModelTooDeepIsRefusedBeforeTheStackRunsOut) {
  write("templates/tree.mustache",
        "<li>{{name}}<ul>{{#children}}{{> tree}}{{/children}}</ul></li>");
  nlohmann::json model = {{"name", "0"}};
  auto* at = &model;
  for (int depth = 1; depth < 100000; ++depth) {
    (*at)["children"] = nlohmann::json::array({{{"name", std::to_string(depth)}}});
    at = &(*at)["children"][0];
  }
  EXPECT_THROW(renderer().render("vi", "tree", model), std::length_error);
  // Every level names its children, or mustache would look them up in the level above.
  const nlohmann::json leaf = {{"name", "b"}, {"children", nlohmann::json::array()}};
  const nlohmann::json shallow = {{"name", "a"}, {"children", nlohmann::json::array({leaf})}};
  EXPECT_EQ(renderer().render("vi", "tree", shallow), "<li>a<ul><li>b<ul></ul></li></ul></li>");
}

}  // namespace
}  // namespace motcua::views
