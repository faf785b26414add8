#include "printouts/qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "printouts/handles.hpp"

namespace motcua::printouts {

namespace {

using QrCodeHandle = std::unique_ptr<QRcode, Releaser<QRcode_free>>;

}  // namespace

std::vector<QrRun> dark_runs(const QrMatrix& matrix) {
  std::vector<QrRun> runs;
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size;) {
      if (!matrix.at(x, y)) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < matrix.size && matrix.at(x, y)) ++x;
      runs.push_back({start, y, x - start});
    }
  }
  return runs;
}

QrMatrix encode_qr(std::string_view text) {
  const std::string data{text};
  QrCodeHandle code{QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M)};
  if (!code)
    throw std::runtime_error("QR code: cannot encode " + std::to_string(text.size()) +
                             " bytes at level M");
  QrMatrix matrix;
  matrix.size = code->width;
  matrix.dark.reserve(static_cast<std::size_t>(code->width) *
                      static_cast<std::size_t>(code->width));
  const auto cells = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
  // libqrencode: bit 0 of each byte is the module colour; the other bits describe its role.
  for (std::size_t i = 0; i < cells; ++i) matrix.dark.push_back((code->data[i] & 1U) != 0);
  return matrix;
}

void draw_qr(cairo_t* cr, const QrMatrix& matrix, double x, double y, double side) {
  const double module = side / matrix.span();
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, side, side);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  const double origin_x = x + kQrQuietZone * module;
  const double origin_y = y + kQrQuietZone * module;
  for (const auto& run : dark_runs(matrix)) {
    cairo_rectangle(cr, origin_x + run.x * module, origin_y + run.y * module, run.length * module,
                    module);
  }
  cairo_fill(cr);
  cairo_restore(cr);
}

}  // namespace motcua::printouts
