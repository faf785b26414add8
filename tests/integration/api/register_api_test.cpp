// API.md "Printouts": form 07, Sổ theo dõi hồ sơ, of the caller's unit as PDF (read back with
// pdftotext) and as an Excel workbook (read back with unzip), and who may have it.
#include <chrono>

#include "api_test.hpp"
#include "core/time.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class RegisterApi : public ApiTest {
 protected:
  static std::string today() {
    return core::format_date(
        core::to_local(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()))
            .date);
  }
  static std::string period() { return "?from=" + today() + "&to=" + today(); }
  static std::string xlsx_text(const std::string& bytes) {
    const PdfFile file(bytes);  // a private temporary file; the name does not matter to unzip
    return run("unzip -p '" + file.path() + "' xl/worksheets/sheet1.xml");
  }
};

TEST_F(RegisterApi, TheUnitsRegisterListsWhatItReceivedAsPdfAndExcel) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  const auto pdf = get("/api/v1/work/register.pdf" + period(), kReception);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("content-type").value_or(""), "application/pdf");
  const auto text = PdfFile(pdf.body).text();
  EXPECT_NE(text.find("SỔ THEO DÕI HỒ SƠ"), std::string::npos) << text;
  EXPECT_NE(text.find(dossier.code), std::string::npos) << text;
  EXPECT_NE(text.find("Mẫu số 07"), std::string::npos);
  const auto old_numbering =
      get("/api/v1/work/register.pdf" + period() + "&numbering=2018", kReception);
  ASSERT_EQ(old_numbering.status, 200);
  EXPECT_NE(PdfFile(old_numbering.body).text().find("Mẫu số 06"), std::string::npos)
      << "Circular 01/2018 numbers the register 06";

  const auto xlsx = get("/api/v1/work/register.xlsx" + period(), kReception);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 300);
  EXPECT_EQ(xlsx.header("content-type").value_or(""),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0U) << "a zip container";
  const auto sheet = xlsx_text(xlsx.body);
  EXPECT_NE(sheet.find(dossier.code), std::string::npos) << sheet.substr(0, 500);
  EXPECT_NE(sheet.find("Mã hồ sơ"), std::string::npos);
}

TEST_F(RegisterApi, ADossierNotYetReceivedIsNotInTheRegister) {
  const auto dossier = submitted_dossier();
  const auto sheet = xlsx_text(get("/api/v1/work/register.xlsx" + period(), kReception).body);
  EXPECT_EQ(sheet.find(dossier.code), std::string::npos);
}

TEST_F(RegisterApi, RefusalsOfTheRegister) {
  EXPECT_EQ(get("/api/v1/work/register.pdf" + period()).status, 401);
  EXPECT_EQ(get("/api/v1/work/register.pdf" + period(), kCitizen).status, 403);
  EXPECT_EQ(get("/api/v1/work/register.xlsx?from=2026-13-01", kReception).status, 400);
  EXPECT_EQ(get("/api/v1/work/register.xlsx?from=2026-05-01&to=2026-04-01", kReception).status,
            400);
  EXPECT_EQ(get("/api/v1/work/register.pdf?from=2024-01-01&to=2026-01-01", kReception).status, 400)
      << "a year at most";
}

}  // namespace
}  // namespace motcua::test
