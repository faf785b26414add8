#pragma once
// A PDF being drawn into memory: the cairo surface and context of one document, its metadata, and
// the bytes once it is finished. Nothing touches the disk, so the worker pool can draw many at
// once.
#include <cairo.h>

#include <string>
#include <string_view>

#include "printouts/handles.hpp"

namespace motcua::printouts {

// ISO 216 A4 in PDF points (1/72 inch).
inline constexpr double kA4Width = 595.2756;
inline constexpr double kA4Height = 841.8898;

struct PdfMetadata {
  std::string title;
  std::string subject;
  std::string author;
  std::string creator = "motcua";
  std::string created;  // ISO 8601 with offset, "2026-11-22T09:30:00+07:00"
};

class PdfDocument {
 public:
  PdfDocument(double width, double height, const PdfMetadata& metadata);
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  cairo_t* cairo() const { return cairo_.get(); }

  // Closes the document and returns the PDF. Throws std::runtime_error if cairo failed anywhere.
  std::string finish();

 private:
  static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);

  std::string bytes_;  // declared first: the surface writes into it until it is destroyed
  SurfaceHandle surface_;
  CairoHandle cairo_;
};

}  // namespace motcua::printouts
