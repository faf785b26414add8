// Side-by-side column blocks of PageLayout: the two halves of the national header and of the
// signature block. A block is never split across pages.
#include <algorithm>

#include "printouts/page_layout.hpp"

namespace motcua::printouts {

namespace {

constexpr double kRuleWidth = 0.6;
constexpr double kRuleGap = 2;  // between a line of text and the rule under it

}  // namespace

double PageLayout::column(const Column& column, double x, double column_width, bool draw) {
  double y = y_;
  for (const auto& line_spec : column.lines) {
    y += line_spec.space_before;
    if (line_spec.text.empty()) continue;
    TextStyle style = line_spec.style;
    style.align = Align::center;
    const double height = draw ? draw_text(line_spec.text, style, x, y, column_width)
                               : text_height(line_spec.text, style, column_width);
    y += height;
    if (line_spec.rule > 0) {
      y += kRuleGap;
      const double length = text_width(line_spec.text, style, column_width) * line_spec.rule;
      const double start = x + (column_width - length) / 2;
      if (draw) line(start, y, start + length, y, kRuleWidth);
      y += kRuleGap;
    }
  }
  return y - y_;
}

void PageLayout::columns(const std::vector<Column>& columns) {
  clear_float();
  std::vector<double> weights;
  for (const auto& spec : columns) weights.push_back(spec.weight);
  const auto widths = column_widths(weights);
  double height = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    height = std::max(height, column(columns[i], 0, widths[i], false));
  }
  keep_together(height);
  double x = left();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    column(columns[i], x, widths[i], true);
    x += widths[i];
  }
  y_ += height;
}

}  // namespace motcua::printouts
