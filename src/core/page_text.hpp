#pragma once
// The text an administrator writes for one of the portal's information pages (Giới thiệu, Hướng
// dẫn sử dụng, Câu hỏi thường gặp, Dịch vụ khác), read as plain lines so that no markup from the
// back office ever reaches a page: "## " opens a heading, "- " a list item, "? " a question whose
// answer is the paragraphs below it, and a blank line ends a paragraph.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::core {

inline constexpr std::size_t kMaxPageText = 50'000;  // bytes

enum class PageBlockKind { heading, paragraph, list, question };

struct PageBlock {
  PageBlockKind kind = PageBlockKind::paragraph;
  std::string text;                // heading, paragraph, question
  std::vector<std::string> lines;  // list: its items; question: its answer's paragraphs
};

std::vector<PageBlock> read_page_text(std::string_view text);

}  // namespace motcua::core
