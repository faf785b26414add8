#include "printouts/signature_stamp.hpp"

#include "printouts/formatting.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/qr_code.hpp"

namespace motcua::printouts {
namespace {

constexpr double kPadding = 3;
// The signature's colour on Vietnamese documents: the red of a seal.
constexpr double kRed = 0.75;

}  // namespace

std::string draw_signature_stamp(const app::SignatureStamp& stamp) {
  PdfDocument document(kStampWidth, kStampHeight, {.title = stamp.dossier_code});
  auto* cr = document.cairo();
  PageLayout layout(cr, {kStampWidth, kStampHeight, 0, 0, 0, 0});
  // Opaque: whatever the page printed under the stamp must not show through its words.
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, kRed, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, 0.6, 0.6, kStampWidth - 1.2, kStampHeight - 1.2);
  cairo_stroke(cr);
  const double qr_side = kStampHeight - 2 * kPadding;
  draw_qr(cr, encode_qr(stamp.verification_url), kPadding, kPadding, qr_side);
  const auto& labels = labels_for("vi");
  const double x = qr_side + 2 * kPadding;
  const double width = kStampWidth - x - kPadding;
  const TextStyle label{.family = kSans, .size = 5.8, .space_after = 0};
  const TextStyle value{.family = kSans, .size = 6.5, .bold = true, .space_after = 0};
  double y = kPadding;
  y += layout.draw_text(std::string(labels.stamp_signed_by) + ": " + stamp.unit_name, value, x, y,
                        width);
  y += layout.draw_text(std::string(labels.stamp_time) + ": " + clock_and_date(stamp.at, labels),
                        label, x, y, width);
  layout.draw_text(std::string(labels.stamp_verify) + ": " + stamp.verification_url, label, x, y,
                   width);
  layout.finish();
  return document.finish();
}

}  // namespace motcua::printouts
