#pragma once
// A birth-registration dossier built by hand, and the poppler and zbar command-line tools the
// printout tests read the PDFs back with.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"

namespace motcua::printouts::fixtures {

inline constexpr std::string_view kCode = "H15.50.05-261120-0007";
inline constexpr std::string_view kLookupUrl =
    "https://motcua.example.vn/tra-cuu/H15.50.05-261120-0007";
// Every Vietnamese tone: huyền (Trần), ngã (Nguyễn), hỏi (Bảo), nặng (Ngọc), sắc (Ánh), ngang.
inline constexpr std::string_view kApplicant = "Trần Nguyễn Bảo Ngọc Ánh";
inline constexpr std::string_view kReceiver = "Phạm Thị Thủy Tiên";
inline constexpr std::string_view kProcedureName = "Đăng ký khai sinh";
inline constexpr std::string_view kUploadedName = "Tờ khai đăng ký khai sinh.pdf";

std::string decomposed(std::string_view text);  // NFD, as macOS and some scanners produce

// Received Friday 20/11/2026 09:30, due Wednesday 25/11/2026 16:30 (Vietnam time), three
// components, one uploaded file, the applicant's name given in NFD.
app::DossierDetail birth_registration(int components = 3);
app::PrintContext print_context(std::string lang = "vi");

// A fresh directory under the system's temp dir, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

struct Output {
  int status = -1;
  std::string text;
};
// Runs a shell command and returns its exit status and standard output.
Output run(const std::string& command);
bool has_tool(std::string_view name);

std::string pdf_text(const std::filesystem::path& pdf, int first_page = 0, int last_page = 0);
std::string pdf_info(const std::filesystem::path& pdf);
// The value of one "Field:   value" line of pdfinfo's output.
std::string info_field(const std::string& info, std::string_view field);
// Runs of spaces, line and page breaks collapsed to one space: text as it reads, however wrapped.
std::string flatten(const std::string& text);
int pdf_pages(const std::filesystem::path& pdf);

}  // namespace motcua::printouts::fixtures
