#include "printouts/thumbnails.hpp"

#include <cairo.h>
#include <jpeglib.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include "printouts/handles.hpp"

namespace motcua::printouts {
namespace {

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
};

void jpeg_fail(j_common_ptr info) {
  auto* error = reinterpret_cast<JpegError*>(info->err);
  std::longjmp(error->jump, 1);
}

void jpeg_quiet(j_common_ptr, int) {}

// Decodes into `pixels` (BGRX rows, `width` × `height`) scaled down by the largest power of two
// that keeps the longer side at least `max_side`. Plain C inside: longjmp must skip no destructor.
bool decode_jpeg(std::string_view bytes, int max_side, std::vector<unsigned char>& pixels,
                 int& width, int& height) {
  jpeg_decompress_struct info;
  JpegError error;
  info.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = jpeg_fail;
  error.manager.emit_message = jpeg_quiet;
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  const long long source = static_cast<long long>(info.image_width) * info.image_height;
  if (source <= 0 || source > kMaxThumbnailSourcePixels || info.num_components == 4) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  const unsigned longer = std::max(info.image_width, info.image_height);
  unsigned denom = 1;
  while (denom < 8 && longer / (denom * 2) >= static_cast<unsigned>(max_side)) denom *= 2;
  info.scale_num = 1;
  info.scale_denom = denom;
  info.out_color_space = JCS_EXT_BGRX;  // cairo's little-endian RGB24 layout
  jpeg_start_decompress(&info);
  width = static_cast<int>(info.output_width);
  height = static_cast<int>(info.output_height);
  pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = pixels.data() + static_cast<std::size_t>(info.output_scanline) * width * 4;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return true;
}

SurfaceHandle surface_from_jpeg(std::string_view bytes, int max_side) {
  std::vector<unsigned char> pixels;
  int width = 0;
  int height = 0;
  if (!decode_jpeg(bytes, max_side, pixels, width, height)) return nullptr;
  SurfaceHandle surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return nullptr;
  cairo_surface_flush(surface.get());
  auto* data = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  for (int y = 0; y < height; ++y) {
    std::memcpy(data + static_cast<std::ptrdiff_t>(y) * stride,
                pixels.data() + static_cast<std::size_t>(y) * width * 4,
                static_cast<std::size_t>(width) * 4);
  }
  cairo_surface_mark_dirty(surface.get());
  return surface;
}

struct ReadCursor {
  std::string_view bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* cursor = static_cast<ReadCursor*>(closure);
  if (cursor->bytes.size() - cursor->at < length) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, cursor->bytes.data() + cursor->at, length);
  cursor->at += length;
  return CAIRO_STATUS_SUCCESS;
}

cairo_status_t write_png(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

unsigned long big_endian(std::string_view bytes, std::size_t at) {
  unsigned long value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

SurfaceHandle surface_from_png(std::string_view bytes) {
  // The IHDR chunk follows the signature: width and height before anything is inflated.
  if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") return nullptr;
  const auto pixels =
      static_cast<long long>(big_endian(bytes, 16)) * static_cast<long long>(big_endian(bytes, 20));
  if (pixels <= 0 || pixels > kMaxThumbnailSourcePixels) return nullptr;
  ReadCursor cursor{bytes};
  SurfaceHandle surface(cairo_image_surface_create_from_png_stream(read_png, &cursor));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return nullptr;
  return surface;
}

}  // namespace

std::optional<std::string> CairoThumbnailer::thumbnail(std::string_view bytes, int max_side) const {
  if (max_side <= 0) return std::nullopt;
  SurfaceHandle source;
  if (bytes.substr(0, 3) == "\xFF\xD8\xFF") source = surface_from_jpeg(bytes, max_side);
  if (bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") source = surface_from_png(bytes);
  if (!source) return std::nullopt;
  const int width = cairo_image_surface_get_width(source.get());
  const int height = cairo_image_surface_get_height(source.get());
  const double scale = std::min(1.0, static_cast<double>(max_side) / std::max(width, height));
  const int out_width = std::max(1, static_cast<int>(width * scale + 0.5));
  const int out_height = std::max(1, static_cast<int>(height * scale + 0.5));
  SurfaceHandle target(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, out_width, out_height));
  CairoHandle cr(cairo_create(target.get()));
  cairo_scale(cr.get(), scale, scale);
  cairo_set_source_surface(cr.get(), source.get(), 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr.get()), CAIRO_FILTER_GOOD);
  cairo_paint(cr.get());
  cr.reset();
  std::string png;
  if (cairo_surface_write_to_png_stream(target.get(), write_png, &png) != CAIRO_STATUS_SUCCESS)
    return std::nullopt;
  return png;
}

}  // namespace motcua::printouts
