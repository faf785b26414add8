#include "core/page_text.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(PageText, LinesBecomeHeadingsParagraphsListsAndQuestions) {
  const auto blocks = read_page_text(
      "## Nộp hồ sơ\nDòng một\ncủa đoạn.\n\n- Mục một\n- Mục hai\n"
      "? Có mất phí không?\nKhông mất phí.\n\nĐoạn hai của câu trả lời.\n## Hết\n<b>không</b>");
  ASSERT_EQ(blocks.size(), 6U);
  EXPECT_EQ(blocks[0].kind, PageBlockKind::heading);
  EXPECT_EQ(blocks[0].text, "Nộp hồ sơ");
  EXPECT_EQ(blocks[1].kind, PageBlockKind::paragraph);
  EXPECT_EQ(blocks[1].text, "Dòng một của đoạn.");
  EXPECT_EQ(blocks[2].kind, PageBlockKind::list);
  EXPECT_EQ(blocks[2].lines, (std::vector<std::string>{"Mục một", "Mục hai"}));
  EXPECT_EQ(blocks[3].kind, PageBlockKind::question);
  EXPECT_EQ(blocks[3].text, "Có mất phí không?");
  EXPECT_EQ(blocks[3].lines,
            (std::vector<std::string>{"Không mất phí.", "Đoạn hai của câu trả lời."}));
  EXPECT_EQ(blocks[4].kind, PageBlockKind::heading);
  EXPECT_EQ(blocks[5].text, "<b>không</b>") << "kept as text, escaped where it is shown";
}

TEST(PageText, EmptyTextHasNoBlock) { EXPECT_TRUE(read_page_text(" \n\n").empty()); }

}  // namespace
}  // namespace motcua::core
