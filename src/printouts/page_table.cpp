// The bordered table of PageLayout: rows wrap their cells, never split across a page, and the
// header row is drawn again at the top of each page the table continues on.
#include <algorithm>

#include "printouts/page_layout.hpp"

namespace motcua::printouts {

namespace {

constexpr double kCellPadX = 4;
constexpr double kCellPadY = 2.5;
constexpr double kBorderWidth = 0.6;
constexpr double kHeaderShade = 0.9;
constexpr double kSpaceAfterTable = 6;

TextStyle cell_style(const Table& table, std::size_t column, bool header) {
  if (header) return table.header;
  TextStyle style = table.body;
  style.align = table.columns.at(column).align;
  return style;
}

}  // namespace

double PageLayout::row_height(const std::vector<std::string>& cells, const Table& table,
                              const std::vector<double>& widths, bool header) {
  double height = 0;
  for (std::size_t i = 0; i < widths.size() && i < cells.size(); ++i) {
    const auto style = cell_style(table, i, header);
    height = std::max(height, text_height(cells[i], style, widths[i] - 2 * kCellPadX));
  }
  return height + 2 * kCellPadY;
}

void PageLayout::draw_row(const std::vector<std::string>& cells, const Table& table,
                          const std::vector<double>& widths, bool header) {
  const double height = row_height(cells, table, widths, header);
  double x = left();
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (header) {
      cairo_set_source_rgb(cr_, kHeaderShade, kHeaderShade, kHeaderShade);
      cairo_rectangle(cr_, x, y_, widths[i], height);
      cairo_fill(cr_);
    }
    if (i < cells.size()) {
      // Centred vertically: a one-line number beside a wrapped name sits in the row's middle.
      const auto style = cell_style(table, i, header);
      const double inner = widths[i] - 2 * kCellPadX;
      const double offset = (height - 2 * kCellPadY - text_height(cells[i], style, inner)) / 2;
      draw_text(cells[i], style, x + kCellPadX, y_ + kCellPadY + offset, inner);
    }
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_set_line_width(cr_, kBorderWidth);
    cairo_rectangle(cr_, x, y_, widths[i], height);
    cairo_stroke(cr_);
    x += widths[i];
  }
  y_ += height;
}

void PageLayout::table(const Table& table) {
  clear_float();
  std::vector<double> weights;
  std::vector<std::string> titles;
  for (const auto& column : table.columns) {
    weights.push_back(column.weight);
    titles.push_back(column.title);
  }
  const auto widths = column_widths(weights);
  const double header_height = row_height(titles, table, widths, true);
  // Never a header alone at the foot of a page: it goes with the first row.
  const double first_row =
      table.rows.empty() ? 0 : row_height(table.rows.front(), table, widths, false);
  keep_together(header_height + first_row);
  draw_row(titles, table, widths, true);
  for (const auto& row : table.rows) {
    const double height = row_height(row, table, widths, false);
    if (y_ + height > bottom()) {
      new_page();
      draw_row(titles, table, widths, true);
    }
    draw_row(row, table, widths, false);
  }
  y_ += kSpaceAfterTable;
}

}  // namespace motcua::printouts
