#include "web/portal/catalog_view.hpp"

#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web {
namespace {

TEST(Pagination, NoneForASinglePage) {
  EXPECT_TRUE(pagination_view("/thu-tuc?", 1, 20, 20).is_null());
  EXPECT_TRUE(pagination_view("/thu-tuc?", 1, 0, 20).is_null());
}

TEST(Pagination, WindowAroundTheCurrentPage) {
  const auto view = pagination_view("/thu-tuc?q=x&", 5, 200, 20);
  EXPECT_EQ(view["previous"], "/thu-tuc?q=x&page=4");
  EXPECT_EQ(view["next"], "/thu-tuc?q=x&page=6");
  ASSERT_EQ(view["pages"].size(), 5U);
  EXPECT_EQ(view["pages"][0]["number"], 3);
  EXPECT_TRUE(view["pages"][2]["current"].get<bool>());
}

TEST(Pagination, EdgesHaveNoPreviousOrNext) {
  const auto first = pagination_view("/ho-so?", 1, 41, 20);
  EXPECT_FALSE(first.contains("previous"));
  EXPECT_EQ(first["pages"].size(), 3U);
  const auto last = pagination_view("/ho-so?", 9, 41, 20);  // past the end: the last page
  EXPECT_FALSE(last.contains("next"));
  EXPECT_TRUE(last["pages"][2]["current"].get<bool>());
}

TEST(Money, VietnameseThousandsSeparator) {
  EXPECT_EQ(display_money(0), "0 đ");
  EXPECT_EQ(display_money(8000), "8.000 đ");
  EXPECT_EQ(display_money(1500000), "1.500.000 đ");
}

TEST(ProcedureCard, KeepsTheHighlightAndLabelsTheLevel) {
  app::ProcedureHit hit;
  hit.procedure.code = "1.001193";
  hit.procedure.name = "Đăng ký khai sinh";
  hit.procedure.level = core::ServiceLevel::toan_trinh;
  hit.name_highlighted = "Đăng ký <mark>khai</mark> <mark>sinh</mark>";
  const auto card = procedure_card_view(testing::translations(), "vi", hit);
  const auto html = testing::renderer().render("vi", "portal/procedure_card", card);
  EXPECT_NE(html.find("<mark>khai</mark>"), std::string::npos);
  EXPECT_NE(html.find("Dịch vụ công trực tuyến toàn trình"), std::string::npos);
  EXPECT_NE(html.find("href=\"/thu-tuc/1.001193\""), std::string::npos);
}

TEST(SearchForm, MarksTheChosenFilters) {
  app::CatalogFilters filters;
  filters.sectors = {{"HT", "Hộ tịch", 3}, {"DD", "Đất đai", 2}};
  core::Unit unit;
  unit.code = "H29.12.05";
  unit.name = "UBND phường";
  filters.agencies = {unit};
  const auto view = search_form_view(filters, {"khai sinh", "H29.12.05", "DD", 1});
  EXPECT_EQ(view["q"], "khai sinh");
  EXPECT_TRUE(view["agencies"][0]["selected"].get<bool>());
  EXPECT_FALSE(view["sectors"][0]["selected"].get<bool>());
  EXPECT_TRUE(view["sectors"][1]["selected"].get<bool>());
}

}  // namespace
}  // namespace motcua::web
