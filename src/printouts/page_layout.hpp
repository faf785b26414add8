#pragma once
// A top-to-bottom cursor over A4 pages: wrapped paragraphs, bordered tables whose header repeats on
// each page, side-by-side column blocks (the national header, the signature block), a box floated
// at the right margin (the QR code), and page breaks when the next piece does not fit.
#include <cairo.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "printouts/handles.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

// Noto covers every Vietnamese letter with its precomposed glyph (fonts-noto-core).
inline constexpr std::string_view kSerif = "Noto Serif";
inline constexpr std::string_view kSans = "Noto Sans";

constexpr double mm(double millimetres) { return millimetres * 72.0 / 25.4; }

// Decree 30/2020/NĐ-CP Annex I: margins of administrative documents are 20–25 mm at the top and
// bottom, 30–35 mm on the left (the binding side) and 15–20 mm on the right.
struct PageGeometry {
  double width = kA4Width;
  double height = kA4Height;
  double top = mm(20);
  double bottom = mm(20);
  double left = mm(30);
  double right = mm(15);
};

enum class Align { left, center, right, justify };

struct TextStyle {
  std::string_view family = kSerif;
  double size = 12;  // points
  bool bold = false;
  bool italic = false;
  Align align = Align::left;
  double space_after = 3;  // points below a paragraph
};

// A piece of a paragraph in its own weight, e.g. a label followed by its bold value.
struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
};

struct TableColumn {
  std::string title;
  double weight = 1;  // share of the table's width
  Align align = Align::left;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;
  TextStyle header{.family = kSans, .size = 10, .bold = true, .align = Align::center};
  TextStyle body{.size = 11};
};

// One line of a column block, centred in its column; `rule` draws a line under it as long as that
// fraction of the text's width (the short rule under the agency name, the full one under the
// motto).
struct ColumnLine {
  std::string text;
  TextStyle style;
  double space_before = 0;
  double rule = 0;
};

struct Column {
  double weight = 1;
  std::vector<ColumnLine> lines;
};

struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

class PageLayout;
// Draws in the bottom margin of page `page` (from 1) just before the page is closed.
using PageFooter = std::function<void(PageLayout& layout, int page)>;

class PageLayout {
 public:
  explicit PageLayout(cairo_t* cr, PageGeometry geometry = {});

  cairo_t* cairo() const { return cr_; }
  const PageGeometry& geometry() const { return geometry_; }
  int page() const { return page_; }
  double y() const { return y_; }
  double left() const { return geometry_.left; }
  double right() const { return geometry_.width - geometry_.right; }
  double width() const { return right() - left(); }
  double bottom() const { return geometry_.height - geometry_.bottom; }

  void set_footer(PageFooter footer) { footer_ = std::move(footer); }
  void skip(double points) { y_ += points; }

  // A document's name: centred bold capitals.
  void heading(std::string_view text);
  // Wrapped text from the left margin (plus `indent`) to the right margin or the floated box.
  void paragraph(std::string_view text, const TextStyle& style = {}, double indent = 0);
  void paragraph(const std::vector<Run>& runs, const TextStyle& style = {}, double indent = 0);
  void table(const Table& table);
  void columns(const std::vector<Column>& columns);

  // Reserves a box at the right margin from the cursor down; paragraphs wrap beside it until the
  // cursor passes its bottom. Tables and column blocks start below it.
  Box float_right(double box_width, double box_height);
  void clear_float();

  // Starts a new page unless `height` more points fit on this one.
  void keep_together(double height);
  void new_page();
  // Closes the last page. The layout draws nothing afterwards.
  void finish();

  // Free placement, for what sits outside the flow (footer, captions): the text's height.
  double draw_text(std::string_view text, const TextStyle& style, double x, double y,
                   double box_width);
  double text_height(std::string_view text, const TextStyle& style, double box_width);
  // Width of the widest line once wrapped in `box_width`.
  double text_width(std::string_view text, const TextStyle& style, double box_width);
  void line(double x0, double y0, double x1, double y1, double line_width) const;

 private:
  PangoLayoutHandle make_layout(const std::vector<Run>& runs, const TextStyle& style,
                                double box_width) const;
  void show(PangoLayout* layout, double x, double y) const;
  double text_right();
  std::vector<double> column_widths(const std::vector<double>& weights) const;
  double row_height(const std::vector<std::string>& cells, const Table& table,
                    const std::vector<double>& widths, bool header);
  void draw_row(const std::vector<std::string>& cells, const Table& table,
                const std::vector<double>& widths, bool header);
  // Height of a column's lines; drawn at (x, y_) only when `draw`.
  double column(const Column& column, double x, double column_width, bool draw);

  cairo_t* cr_;
  PageGeometry geometry_;
  PageFooter footer_;
  int page_ = 1;
  double y_;
  double float_inset_ = 0;
  double float_bottom_ = 0;
};

}  // namespace motcua::printouts
