#include "printouts/page_layout.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <numeric>
#include <string>

#include "printouts/unicode.hpp"

namespace motcua::printouts {

namespace {

constexpr double kFloatGap = 10;  // between a floated box and the text beside it

double to_points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }
int to_pango(double points) { return static_cast<int>(points * PANGO_SCALE); }

PangoAlignment pango_alignment(Align align) {
  switch (align) {
    case Align::center:
      return PANGO_ALIGN_CENTER;
    case Align::right:
      return PANGO_ALIGN_RIGHT;
    case Align::left:
    case Align::justify:
      break;
  }
  return PANGO_ALIGN_LEFT;
}

FontDescriptionHandle font_for(const TextStyle& style) {
  FontDescriptionHandle font{pango_font_description_new()};
  pango_font_description_set_family(font.get(), std::string{style.family}.c_str());
  // Absolute size is in device units, which are PDF points here, whatever pango's resolution is.
  pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
  pango_font_description_set_weight(font.get(),
                                    style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font.get(),
                                   style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

// Layout independent of any screen: no hinting, no metrics rounded to device pixels, so the
// same text breaks into the same lines however the PDF is later viewed or printed.
void use_print_metrics(PangoLayout* layout) {
  PangoContext* context = pango_layout_get_context(layout);
  FontOptionsHandle options{cairo_font_options_create()};
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context, options.get());
  pango_context_set_round_glyph_positions(context, FALSE);
  pango_layout_context_changed(layout);
}

void add_span(PangoAttrList* list, PangoAttribute* attribute, guint start, guint end) {
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert(list, attribute);  // the list takes ownership
}

// The runs' text in NFC, and an attribute list giving each bold or italic run its byte range.
AttrListHandle run_attributes(const std::vector<Run>& runs, std::string& text) {
  AttrListHandle attributes{pango_attr_list_new()};
  for (const auto& run : runs) {
    const auto start = static_cast<guint>(text.size());
    text += to_nfc(run.text);
    const auto end = static_cast<guint>(text.size());
    if (run.bold) add_span(attributes.get(), pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
    if (run.italic)
      add_span(attributes.get(), pango_attr_style_new(PANGO_STYLE_ITALIC), start, end);
  }
  return attributes;
}

std::vector<Run> plain(std::string_view text) { return {Run{std::string{text}}}; }

double layout_height(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return to_points(height);
}

// Width of the widest line as laid out (not the box it wraps in).
double layout_line_width(PangoLayout* layout) {
  PangoRectangle logical{};
  pango_layout_get_extents(layout, nullptr, &logical);
  return to_points(logical.width);
}

}  // namespace

PageLayout::PageLayout(cairo_t* cr, PageGeometry geometry)
    : cr_{cr}, geometry_{geometry}, y_{geometry.top} {}

PangoLayoutHandle PageLayout::make_layout(const std::vector<Run>& runs, const TextStyle& style,
                                          double box_width) const {
  PangoLayoutHandle layout{pango_cairo_create_layout(cr_)};
  use_print_metrics(layout.get());
  const auto font = font_for(style);
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_width(layout.get(), to_pango(box_width));
  // Long codes, URLs and file names have no spaces: break them anywhere rather than overflow.
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), pango_alignment(style.align));
  pango_layout_set_justify(layout.get(), style.align == Align::justify);
  std::string text;
  const auto attributes = run_attributes(runs, text);
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout.get(), attributes.get());
  return layout;
}

void PageLayout::show(PangoLayout* layout, double x, double y) const {
  cairo_set_source_rgb(cr_, 0, 0, 0);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
}

double PageLayout::text_right() {
  if (y_ >= float_bottom_) float_inset_ = 0;
  return right() - float_inset_;
}

void PageLayout::heading(std::string_view text) {
  // Decree 30/2020/NĐ-CP Annex I: the document's name in bold capitals, centred, 13–14 pt.
  static const TextStyle kHeading{
      .size = 14, .bold = true, .align = Align::center, .space_after = 4};
  paragraph(to_upper(text), kHeading);
}

void PageLayout::paragraph(std::string_view text, const TextStyle& style, double indent) {
  paragraph(plain(text), style, indent);
}

void PageLayout::paragraph(const std::vector<Run>& runs, const TextStyle& style, double indent) {
  const double x = left() + indent;
  auto layout = make_layout(runs, style, text_right() - x);
  double height = layout_height(layout.get());
  const int page = page_;
  keep_together(height);
  if (page != page_) {  // the floated box stayed on the previous page: the full width is free
    layout = make_layout(runs, style, text_right() - x);
    height = layout_height(layout.get());
  }
  show(layout.get(), x, y_);
  y_ += height + style.space_after;
}

double PageLayout::draw_text(std::string_view text, const TextStyle& style, double x, double y,
                             double box_width) {
  const auto layout = make_layout(plain(text), style, box_width);
  show(layout.get(), x, y);
  return layout_height(layout.get());
}

double PageLayout::text_height(std::string_view text, const TextStyle& style, double box_width) {
  return layout_height(make_layout(plain(text), style, box_width).get());
}

double PageLayout::text_width(std::string_view text, const TextStyle& style, double box_width) {
  return layout_line_width(make_layout(plain(text), style, box_width).get());
}

Box PageLayout::float_right(double box_width, double box_height) {
  clear_float();
  float_inset_ = box_width + kFloatGap;
  float_bottom_ = y_ + box_height;
  return Box{right() - box_width, y_, box_width, box_height};
}

void PageLayout::clear_float() {
  if (float_inset_ > 0) y_ = std::max(y_, float_bottom_);
  float_inset_ = 0;
  float_bottom_ = 0;
}

void PageLayout::keep_together(double height) {
  // Something taller than a whole page is drawn from the top of one and runs past its bottom
  // rather than pushing blank pages forever.
  if (y_ + height > bottom() && y_ > geometry_.top) new_page();
}

void PageLayout::new_page() {
  if (footer_) footer_(*this, page_);
  cairo_show_page(cr_);
  ++page_;
  y_ = geometry_.top;
  float_inset_ = 0;
  float_bottom_ = 0;
}

void PageLayout::finish() {
  if (footer_) footer_(*this, page_);
  cairo_show_page(cr_);
}

std::vector<double> PageLayout::column_widths(const std::vector<double>& weights) const {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> widths;
  widths.reserve(weights.size());
  for (const double weight : weights) widths.push_back(width() * weight / total);
  return widths;
}

void PageLayout::line(double x0, double y0, double x1, double y1, double line_width) const {
  cairo_set_source_rgb(cr_, 0, 0, 0);
  cairo_set_line_width(cr_, line_width);
  cairo_move_to(cr_, x0, y0);
  cairo_line_to(cr_, x1, y1);
  cairo_stroke(cr_);
}

}  // namespace motcua::printouts
