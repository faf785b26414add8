#include "unit/printouts/fixtures.hpp"

#include <glib.h>
#include <stdlib.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace motcua::printouts::fixtures {

namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::sys_days;

core::Instant vietnam_time(int year, unsigned month, unsigned day, int hour, int minute) {
  const core::LocalDate date{std::chrono::year{year}, std::chrono::month{month},
                             std::chrono::day{day}};
  return core::Instant{sys_days{date}} + hours{hour} + minutes{minute} - core::kVietnamOffset;
}

core::Procedure birth_registration_procedure(int components) {
  core::Procedure procedure;
  procedure.code = "1.001193.000.00.00.H15";
  procedure.name = std::string{kProcedureName};
  procedure.sector_name = "Hộ tịch";
  procedure.duration_working_days = 3;
  procedure.components = {
      {.id = "to-khai", .name = "Tờ khai đăng ký khai sinh theo mẫu", .originals = 1, .copies = 0},
      {.id = "giay-chung-sinh",
       .name = "Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh",
       .originals = 1,
       .copies = 0},
      {.id = "giay-to-tuy-than",
       .name = "Giấy tờ tùy thân của người đi đăng ký (thẻ căn cước, hộ chiếu)",
       .originals = 0,
       .copies = 1},
  };
  for (int i = static_cast<int>(procedure.components.size()); i < components; ++i) {
    procedure.components.push_back({.id = "phu-luc-" + std::to_string(i),
                                    .name = "Giấy tờ kèm theo số " + std::to_string(i + 1),
                                    .originals = 1,
                                    .copies = 2});
  }
  procedure.components.resize(static_cast<std::size_t>(components));
  return procedure;
}

core::Unit receiving_unit() {
  core::Unit unit;
  unit.id = 5;
  unit.code = "H15.50.05";
  unit.name = "Trung tâm Phục vụ hành chính công phường Tân Lập";
  unit.kind = core::UnitKind::centre;
  unit.address = "Số 1 Lê Duẩn, phường Tân Lập, tỉnh Đắk Lắk";
  return unit;
}

app::StoredFile uploaded_form() {
  app::StoredFile file;
  file.id = 1;
  file.component_id = "to-khai";
  file.sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  file.size = 245'760;
  file.content_type = "application/pdf";
  file.original_name = decomposed(kUploadedName);
  return file;
}

}  // namespace

std::string decomposed(std::string_view text) {
  std::unique_ptr<gchar, decltype(&g_free)> nfd{
      g_utf8_normalize(text.data(), static_cast<gssize>(text.size()), G_NORMALIZE_NFD), &g_free};
  return nfd.get();
}

app::DossierDetail birth_registration(int components) {
  app::DossierDetail detail;
  detail.procedure = birth_registration_procedure(components);
  detail.receiving_unit = receiving_unit();
  detail.competent_unit = detail.receiving_unit;
  auto& dossier = detail.dossier;
  dossier.id = 7;
  dossier.code = std::string{kCode};
  dossier.procedure_code = detail.procedure.code;
  dossier.procedure_name = detail.procedure.name;
  dossier.applicant_name = decomposed(kApplicant);
  dossier.channel = core::Channel::online;
  dossier.lifecycle.status = core::Status::received;
  dossier.submitted_at = vietnam_time(2026, 11, 20, 8, 5);
  dossier.clock.received_at = vietnam_time(2026, 11, 20, 9, 30);
  dossier.clock.due_at = vietnam_time(2026, 11, 25, 16, 30);
  dossier.created_at = vietnam_time(2026, 11, 20, 7, 50);
  dossier.return_method = core::ReturnMethod::counter;
  detail.files.push_back(uploaded_form());
  return detail;
}

app::PrintContext print_context(std::string lang) {
  app::PrintContext context;
  context.lang = std::move(lang);
  context.lookup_url = std::string{kLookupUrl};
  context.province_name = "Ủy ban nhân dân tỉnh Đắk Lắk";
  context.applicant_name = decomposed(kApplicant);
  context.applicant_address = "Số 12 Ngô Quyền, phường Tân Lập, tỉnh Đắk Lắk";
  context.applicant_phone = "0912 345 678";
  context.applicant_email = "baongoc@example.vn";
  context.applicant_citizen_id = "066190001234";
  context.receiver_name = std::string{kReceiver};
  return context;
}

TempDir::TempDir() {
  auto pattern = (std::filesystem::temp_directory_path() / "motcua-printouts-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& bytes) const {
  const auto file = path_ / name;
  std::ofstream out{file, std::ios::binary};
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return file;
}

Output run(const std::string& command) {
  Output output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return output;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    output.text.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  output.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return output;
}

bool has_tool(std::string_view name) {
  return run("command -v " + std::string{name} + " >/dev/null 2>&1").status == 0;
}

std::string pdf_text(const std::filesystem::path& pdf, int first_page, int last_page) {
  std::string pages;
  if (first_page > 0) pages += " -f " + std::to_string(first_page);
  if (last_page > 0) pages += " -l " + std::to_string(last_page);
  return run("pdftotext -layout -enc UTF-8" + pages + " '" + pdf.string() + "' -").text;
}

std::string pdf_info(const std::filesystem::path& pdf) {
  return run("pdfinfo -isodates '" + pdf.string() + "'").text;
}

std::string info_field(const std::string& info, std::string_view field) {
  const auto key = "\n" + std::string{field} + ":";
  const auto at = ("\n" + info).find(key);
  if (at == std::string::npos) return {};
  const auto start = info.find_first_not_of(' ', at + key.size() - 1);
  return info.substr(start, info.find('\n', start) - start);
}

std::string flatten(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const bool blank = c == ' ' || c == '\n' || c == '\f' || c == '\t';
    if (blank && !out.empty()) space = true;
    if (blank) continue;
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

int pdf_pages(const std::filesystem::path& pdf) {
  const auto pages = info_field(pdf_info(pdf), "Pages");
  return pages.empty() ? 0 : std::stoi(pages);
}

}  // namespace motcua::printouts::fixtures
