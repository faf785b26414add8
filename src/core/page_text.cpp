#include "core/page_text.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace motcua::core {
namespace {

struct Reader {
  std::vector<PageBlock> blocks;
  std::string paragraph;  // being gathered

  void end_paragraph() {
    if (paragraph.empty()) return;
    if (!blocks.empty() && blocks.back().kind == PageBlockKind::question)
      blocks.back().lines.push_back(paragraph);
    else
      blocks.push_back({PageBlockKind::paragraph, paragraph, {}});
    paragraph.clear();
  }

  void line(const std::string& text) {
    if (text.empty()) return end_paragraph();
    if (text.rfind("## ", 0) == 0) {
      end_paragraph();
      blocks.push_back({PageBlockKind::heading, trim(text.substr(3)), {}});
    } else if (text.rfind("? ", 0) == 0) {
      end_paragraph();
      blocks.push_back({PageBlockKind::question, trim(text.substr(2)), {}});
    } else if (text.rfind("- ", 0) == 0) {
      end_paragraph();
      if (blocks.empty() || blocks.back().kind != PageBlockKind::list)
        blocks.push_back({PageBlockKind::list, "", {}});
      blocks.back().lines.push_back(trim(text.substr(2)));
    } else {
      paragraph += (paragraph.empty() ? "" : " ") + text;
    }
  }
};

}  // namespace

std::vector<PageBlock> read_page_text(std::string_view text) {
  Reader reader;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    reader.line(trim(text.substr(start, end - start)));
    start = end + 1;
  }
  reader.end_paragraph();
  return reader.blocks;
}

}  // namespace motcua::core
