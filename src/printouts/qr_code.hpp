#pragma once
// The QR code that takes a citizen from the paper to the public lookup of the dossier
// (requirements §2.4 form 01 "QR link to tracking", §13.4). Drawn as filled vector rectangles, so
// it stays sharp at any print or zoom size.
#include <cairo.h>

#include <string_view>
#include <vector>

namespace motcua::printouts {

// ISO/IEC 18004 asks for a light margin of at least 4 modules around the symbol.
inline constexpr int kQrQuietZone = 4;

// The module matrix of one symbol: `size` × `size`, row by row, true for a dark module.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;

  bool at(int x, int y) const {
    return dark.at(static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                   static_cast<std::size_t>(x));
  }
  // Modules across, quiet zone included.
  int span() const { return size + 2 * kQrQuietZone; }
};

// One horizontal run of dark modules in row `y`, from column `x`, `length` modules long.
struct QrRun {
  int x = 0;
  int y = 0;
  int length = 0;
};

// The dark modules row by row as runs: one rectangle per run draws the symbol with few shapes.
std::vector<QrRun> dark_runs(const QrMatrix& matrix);

// Error correction level M (15 %): survives a stain or a fold on a paper form while keeping the
// symbol small for a URL. 8-bit mode, smallest version that fits. Throws std::runtime_error when
// the text is too long for any version.
QrMatrix encode_qr(std::string_view text);

// Paints the symbol with its quiet zone as a `side` × `side` square whose top-left corner is at
// (x, y): a white square, then the dark modules as one filled path of rectangles, one per
// horizontal run. A single path leaves no hairline seams between neighbouring modules when a viewer
// antialiases; runs keep the path short.
void draw_qr(cairo_t* cr, const QrMatrix& matrix, double x, double y, double side);

}  // namespace motcua::printouts
