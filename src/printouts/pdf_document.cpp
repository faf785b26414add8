#include "printouts/pdf_document.hpp"

#include <cairo-pdf.h>

#include <new>
#include <stdexcept>
#include <utility>

#include "printouts/unicode.hpp"

namespace motcua::printouts {

namespace {

void check(cairo_status_t status, std::string_view what) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string{"PDF: "} + std::string{what} + ": " +
                             cairo_status_to_string(status));
  }
}

void set_metadata(cairo_surface_t* surface, cairo_pdf_metadata_t key, std::string_view value) {
  if (value.empty()) return;
  cairo_pdf_surface_set_metadata(surface, key, to_nfc(value).c_str());
}

}  // namespace

PdfDocument::PdfDocument(double width, double height, const PdfMetadata& metadata)
    : surface_{cairo_pdf_surface_create_for_stream(&PdfDocument::append, &bytes_, width, height)} {
  check(cairo_surface_status(surface_.get()), "create surface");
  set_metadata(surface_.get(), CAIRO_PDF_METADATA_TITLE, metadata.title);
  set_metadata(surface_.get(), CAIRO_PDF_METADATA_SUBJECT, metadata.subject);
  set_metadata(surface_.get(), CAIRO_PDF_METADATA_AUTHOR, metadata.author);
  set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, metadata.creator);
  // An explicit date also makes the bytes reproducible: the same dossier prints the same file.
  set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATE_DATE, metadata.created);
  cairo_.reset(cairo_create(surface_.get()));
  check(cairo_status(cairo_.get()), "create context");
}

std::string PdfDocument::finish() {
  check(cairo_status(cairo_.get()), "draw");
  cairo_.reset();
  cairo_surface_finish(surface_.get());
  check(cairo_surface_status(surface_.get()), "finish");
  surface_.reset();
  return std::move(bytes_);
}

cairo_status_t PdfDocument::append(void* closure, const unsigned char* data, unsigned int length) {
  auto* bytes = static_cast<std::string*>(closure);
  try {
    bytes->append(reinterpret_cast<const char*>(data), length);
  } catch (const std::bad_alloc&) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace motcua::printouts
