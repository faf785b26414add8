// The drawn symbol is the symbol libqrencode computes: drawn onto a raster, every module centre
// has the colour of its module and the quiet zone is white.
#include "printouts/qr_code.hpp"

#include <gtest/gtest.h>
#include <qrencode.h>

#include <memory>
#include <regex>
#include <stdexcept>
#include <string>

#include "printouts/handles.hpp"
#include "printouts/qr_svg.hpp"

namespace motcua::printouts {
namespace {

constexpr const char* kUrl = "https://motcua.example.vn/tra-cuu/H15.50.05-261120-0007";
constexpr int kPixelsPerModule = 4;

bool dark_pixel(cairo_surface_t* surface, int x, int y) {
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const auto* pixel = reinterpret_cast<const std::uint32_t*>(data + y * stride) + x;
  return (*pixel & 0xFFU) < 128;  // blue channel of RGB24: black or white only
}

TEST(QrCode, MatrixIsLibqrencodesLevelMSymbol) {
  const auto matrix = encode_qr(kUrl);
  std::unique_ptr<QRcode, Releaser<QRcode_free>> expected{
      QRcode_encodeString8bit(kUrl, 0, QR_ECLEVEL_M)};
  ASSERT_TRUE(expected);
  ASSERT_EQ(matrix.size, expected->width);
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size; ++x) {
      EXPECT_EQ(matrix.at(x, y), (expected->data[y * expected->width + x] & 1) != 0);
    }
  }
}

TEST(QrCode, DrawnModulesMatchTheMatrixWithAQuietZone) {
  const auto matrix = encode_qr(kUrl);
  const int side = matrix.span() * kPixelsPerModule;
  SurfaceHandle surface{cairo_image_surface_create(CAIRO_FORMAT_RGB24, side, side)};
  CairoHandle cr{cairo_create(surface.get())};
  draw_qr(cr.get(), matrix, 0, 0, side);
  cairo_surface_flush(surface.get());
  for (int y = 0; y < matrix.span(); ++y) {
    for (int x = 0; x < matrix.span(); ++x) {
      const int mx = x - kQrQuietZone;
      const int my = y - kQrQuietZone;
      const bool inside = mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size;
      const bool expected = inside && matrix.at(mx, my);
      const int centre = kPixelsPerModule / 2;
      EXPECT_EQ(
          dark_pixel(surface.get(), x * kPixelsPerModule + centre, y * kPixelsPerModule + centre),
          expected)
          << "module " << mx << "," << my;
    }
  }
}

// The SVG's path, read back module by module, is the matrix moved by the quiet zone.
TEST(QrCode, SvgPathCoversExactlyTheDarkModules) {
  const auto matrix = encode_qr(kUrl);
  const auto svg = SvgQrEncoder().svg(kUrl, "Mã <QR>");
  EXPECT_NE(svg.find("<title>Mã &lt;QR&gt;</title>"), std::string::npos);
  const auto span = std::to_string(matrix.span());
  EXPECT_NE(svg.find("viewBox=\"0 0 " + span + " " + span + "\""), std::string::npos);
  std::vector<bool> dark(static_cast<std::size_t>(matrix.span() * matrix.span()), false);
  const std::regex run(R"(M(\d+) (\d+)h(\d+)v1h-(\d+)z)");
  for (std::sregex_iterator it(svg.begin(), svg.end(), run), end; it != end; ++it) {
    const int x = std::stoi((*it)[1]);
    const int y = std::stoi((*it)[2]);
    for (int i = 0; i < std::stoi((*it)[3]); ++i)
      dark.at(static_cast<std::size_t>(y * matrix.span() + x + i)) = true;
  }
  for (int y = 0; y < matrix.span(); ++y) {
    for (int x = 0; x < matrix.span(); ++x) {
      const int mx = x - kQrQuietZone;
      const int my = y - kQrQuietZone;
      const bool inside = mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size;
      EXPECT_EQ(dark.at(static_cast<std::size_t>(y * matrix.span() + x)),
                inside && matrix.at(mx, my))
          << "module " << mx << "," << my;
    }
  }
}

TEST(QrCode, TooLongTextIsAnError) {
  EXPECT_THROW(encode_qr(std::string(4000, 'x')), std::runtime_error);
}

}  // namespace
}  // namespace motcua::printouts
