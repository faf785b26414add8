#pragma once
// A PDF the API returned, written to a temporary folder and read back with poppler (pdfinfo,
// pdftotext, pdftoppm) and zbarimg, as a user's tools would.
#include <filesystem>
#include <string>

namespace motcua::test {

// Runs a shell command and returns what it printed (stdout).
std::string run(const std::string& command);

class PdfFile {
 public:
  explicit PdfFile(const std::string& bytes);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;
  std::string path() const { return (dir_ / "doc.pdf").string(); }
  std::string info() const;
  std::string text() const;
  // Every QR code on the first page, one per line.
  std::string qr_codes() const;

 private:
  std::filesystem::path dir_;
};

}  // namespace motcua::test
