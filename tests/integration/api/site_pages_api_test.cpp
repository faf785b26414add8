// The information pages administrators write: the FAQ written in plain lines replaces the theme's
// page, markup stays text, an empty text gives the theme's page back; others may not write.
#include "api_test.hpp"

namespace motcua::test {
namespace {

using SitePagesApi = ApiTest;

TEST_F(SitePagesApi, AWrittenPageReplacesTheThemesAndEmptyGivesItBack) {
  const auto path = "/api/v1/admin/pages/other/en";
  EXPECT_EQ(put(path, {{"text", "x"}}, kLeader).status, 403);
  EXPECT_EQ(put("/api/v1/admin/pages/secret/vi", {{"text", "x"}}, kAdmin).status, 404);
  const auto saved = put(path,
                         {{"text",
                           "## Other services\n- Notarisation\n? Open on Saturday?\n"
                           "Yes, mornings.\n<script>alert(1)</script>"}},
                         kAdmin);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_TRUE(saved.json().at("written").get<bool>());
  const auto shown = get("/dich-vu-khac?lang=en");
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("<h2>Other services</h2>"), std::string::npos);
  EXPECT_NE(shown.body.find("<summary>Open on Saturday?</summary>"), std::string::npos);
  EXPECT_EQ(shown.body.find("<script>alert(1)"), std::string::npos) << "markup stays text";
  EXPECT_NE(shown.body.find("&lt;script&gt;"), std::string::npos);
  ASSERT_EQ(put(path, {{"text", ""}}, kAdmin).status, 200);
  EXPECT_EQ(get("/dich-vu-khac?lang=en").body.find("Open on Saturday?"), std::string::npos);
  EXPECT_EQ(put(path, {{"text", std::string(50'001, 'a')}}, kAdmin).status, 400);
}

}  // namespace
}  // namespace motcua::test
