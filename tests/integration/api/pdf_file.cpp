#include "pdf_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace motcua::test {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  ::pclose(pipe);
  return out;
}

PdfFile::PdfFile(const std::string& bytes) {
  static int counter = 0;
  dir_ = std::filesystem::temp_directory_path() /
         ("motcua-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir_);
  std::ofstream(path(), std::ios::binary) << bytes;
}

PdfFile::~PdfFile() { std::filesystem::remove_all(dir_); }

std::string PdfFile::info() const { return run("pdfinfo '" + path() + "' 2>&1"); }

std::string PdfFile::text() const {
  return run("pdftotext -layout '" + path() + "' - 2>/dev/null");
}

std::string PdfFile::qr_codes() const {
  const auto image = (dir_ / "page").string();
  run("pdftoppm -r 200 -f 1 -l 1 -png '" + path() + "' '" + image + "' 2>/dev/null");
  std::string found;
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    if (entry.path().extension() == ".png")
      found += run("zbarimg -q --raw '" + entry.path().string() + "' 2>/dev/null");
  }
  return found;
}

}  // namespace motcua::test
