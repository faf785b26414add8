// Renders the printouts and reads them back the way a person or a system would: the text poppler
// extracts, the page count, a raster image, and the QR code as a scanner decodes it.
#include "printouts/cairo_printer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <future>
#include <vector>

#include "unit/printouts/fixtures.hpp"

namespace motcua::printouts {
namespace {

using fixtures::birth_registration;
using fixtures::decomposed;
using fixtures::print_context;
using fixtures::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kDueLine =
    "Thời gian trả kết quả giải quyết hồ sơ: 16:30 ngày 25/11/2026";
constexpr std::string_view kReceivedLine = "Thời gian nhận hồ sơ: 09:30 ngày 20/11/2026";

std::string render(app::Printout printout, const app::DossierDetail& detail,
                   const app::PrintContext& context) {
  const CairoPrinter printer;
  return printer.render(printout, detail, context);
}

// True when the text holds a combining diacritic (U+0300–U+036F, UTF-8 CC 80 to CD AF): the
// fingerprint of decomposed Vietnamese that was not composed on the way to the page.
bool has_combining_marks(const std::string& text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (lead == 0xCC && next >= 0x80) return true;
    if (lead == 0xCD && next <= 0xAF) return true;
  }
  return false;
}

class CairoPrinterTest : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& name, const std::string& pdf) {
    return dir_.write(name, pdf);
  }
  TempDir dir_;
};

TEST_F(CairoPrinterTest, FixtureNameReallyIsDecomposed) {
  ASSERT_NE(decomposed(fixtures::kApplicant), std::string{fixtures::kApplicant});
  EXPECT_TRUE(has_combining_marks(birth_registration().dossier.applicant_name));
}

TEST_F(CairoPrinterTest, Form01IsOnePdfPage) {
  const auto pdf = render(app::Printout::form_01, birth_registration(), print_context());
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_EQ(fixtures::pdf_pages(write("form01.pdf", pdf)), 1);
}

TEST_F(CairoPrinterTest, Form01CarriesTheStatutoryContent) {
  const auto file =
      write("form01.pdf", render(app::Printout::form_01, birth_registration(), print_context()));
  const auto text = fixtures::pdf_text(file);
  EXPECT_THAT(text, HasSubstr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_THAT(text, HasSubstr("Độc lập - Tự do - Hạnh phúc"));
  EXPECT_THAT(fixtures::flatten(text), HasSubstr("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"));
  EXPECT_THAT(text, HasSubstr("TRUNG TÂM PHỤC VỤ"));  // the unit's name, wrapped in its column
  EXPECT_THAT(text, HasSubstr("PHƯỜNG TÂN LẬP"));
  EXPECT_THAT(text, HasSubstr("Đắk Lắk, ngày 20 tháng 11 năm 2026"));
  EXPECT_THAT(text, HasSubstr("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
  EXPECT_THAT(text, HasSubstr("Mã hồ sơ: " + std::string{fixtures::kCode}));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kProcedureName}));
  EXPECT_THAT(text, HasSubstr("1.001193.000.00.00.H15"));
  EXPECT_THAT(text, HasSubstr("066190001234"));
  EXPECT_THAT(text, HasSubstr("Tờ khai đăng ký khai sinh theo mẫu"));
  EXPECT_THAT(text, HasSubstr("3 ngày làm việc"));
  EXPECT_THAT(text, HasSubstr(std::string{kReceivedLine}));
  EXPECT_THAT(text, HasSubstr(std::string{kDueLine}));
  EXPECT_THAT(text, HasSubstr("NGƯỜI NỘP HỒ SƠ"));
  EXPECT_THAT(text, HasSubstr("NGƯỜI TIẾP NHẬN HỒ SƠ"));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kReceiver}));
}

TEST_F(CairoPrinterTest, DecomposedNamesComeOutComposed) {
  const auto file =
      write("form01.pdf", render(app::Printout::form_01, birth_registration(), print_context()));
  const auto text = fixtures::pdf_text(file);
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kApplicant}));
  EXPECT_FALSE(has_combining_marks(text));
}

TEST_F(CairoPrinterTest, DecomposedAndComposedInputPrintTheSameBytes) {
  auto composed_detail = birth_registration();
  composed_detail.dossier.applicant_name = std::string{fixtures::kApplicant};
  composed_detail.files.front().original_name = std::string{fixtures::kUploadedName};
  auto composed_context = print_context();
  composed_context.applicant_name = std::string{fixtures::kApplicant};
  for (const auto printout : {app::Printout::form_01, app::Printout::acknowledgement}) {
    EXPECT_EQ(render(printout, birth_registration(), print_context()),
              render(printout, composed_detail, composed_context));
  }
}

TEST_F(CairoPrinterTest, MetadataNamesTheFormAndItsDate) {
  const auto file =
      write("form01.pdf", render(app::Printout::form_01, birth_registration(), print_context()));
  const auto info = fixtures::pdf_info(file);
  EXPECT_EQ(fixtures::info_field(info, "Title"),
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả - " + std::string{fixtures::kCode});
  EXPECT_EQ(fixtures::info_field(info, "Subject"), fixtures::kProcedureName);
  EXPECT_EQ(fixtures::info_field(info, "CreationDate"), "2026-11-20T09:30:00+07");
}

TEST_F(CairoPrinterTest, LongComponentListSpillsOntoASecondPage) {
  const auto file = write("form01-long.pdf",
                          render(app::Printout::form_01, birth_registration(40), print_context()));
  ASSERT_EQ(fixtures::pdf_pages(file), 2);
  const auto second = fixtures::pdf_text(file, 2, 2);
  EXPECT_THAT(second, HasSubstr("Tên giấy tờ"));  // the header row repeats
  EXPECT_THAT(second, HasSubstr("Giấy tờ kèm theo số 40"));
  EXPECT_THAT(second, HasSubstr(std::string{kDueLine}));
  EXPECT_THAT(second, HasSubstr("NGƯỜI TIẾP NHẬN HỒ SƠ"));
  EXPECT_THAT(second, HasSubstr(std::string{fixtures::kReceiver}));
  EXPECT_THAT(second, HasSubstr("Trang 2/2"));
  EXPECT_THAT(fixtures::pdf_text(file, 1, 1), HasSubstr("Trang 1/2"));
}

TEST_F(CairoPrinterTest, AcknowledgementListsTheUploadedFiles) {
  auto detail = birth_registration();
  detail.dossier.lifecycle.status = core::Status::submitted;
  detail.dossier.clock = {};
  const auto file =
      write("ack.pdf", render(app::Printout::acknowledgement, detail, print_context()));
  EXPECT_EQ(fixtures::pdf_pages(file), 1);
  const auto text = fixtures::pdf_text(file);
  EXPECT_THAT(text, HasSubstr("GIẤY XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN"));
  EXPECT_THAT(text, HasSubstr("Mã hồ sơ: " + std::string{fixtures::kCode}));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kProcedureName}));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kApplicant}));
  EXPECT_THAT(text, HasSubstr("Thời gian nộp hồ sơ: 08:05 ngày 20/11/2026"));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kUploadedName}));
  EXPECT_THAT(text, HasSubstr("240 KB"));
  EXPECT_THAT(text, HasSubstr("9f86d081884c7d65"));
  // The note: the appointment comes later, with form 01.
  EXPECT_THAT(fixtures::flatten(text),
              HasSubstr("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)"));
  EXPECT_THAT(text, Not(HasSubstr("Thời gian trả kết quả giải quyết hồ sơ")));
  EXPECT_FALSE(has_combining_marks(text));
  EXPECT_EQ(fixtures::info_field(fixtures::pdf_info(file), "CreationDate"),
            "2026-11-20T08:05:00+07");
}

TEST_F(CairoPrinterTest, EnglishKeepsTheNationalMottoAndTranslatesTheLabels) {
  const auto file = write(
      "form01-en.pdf", render(app::Printout::form_01, birth_registration(), print_context("en")));
  const auto text = fixtures::pdf_text(file);
  EXPECT_THAT(text, HasSubstr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_THAT(text, HasSubstr("SOCIALIST REPUBLIC OF VIET NAM"));
  EXPECT_THAT(text, HasSubstr("Independence - Freedom - Happiness"));
  EXPECT_THAT(text, HasSubstr("Đắk Lắk, 20 November 2026"));
  EXPECT_THAT(text, HasSubstr("Dossier code: " + std::string{fixtures::kCode}));
  EXPECT_THAT(text, HasSubstr("Result to be returned at: 16:30 on 25/11/2026"));
  EXPECT_THAT(text, Not(HasSubstr("Mã hồ sơ")));
  EXPECT_EQ(fixtures::pdf_pages(file), 1);
}

TEST_F(CairoPrinterTest, PagesRasterise) {
  for (const auto printout : {app::Printout::form_01, app::Printout::acknowledgement}) {
    const auto file = write("doc.pdf", render(printout, birth_registration(), print_context()));
    const auto prefix = (dir_.path() / "page").string();
    ASSERT_EQ(fixtures::run("pdftoppm -r 50 -png '" + file.string() + "' '" + prefix + "'").status,
              0);
    const auto png = fixtures::run("head -c 8 '" + prefix + "-1.png'").text;
    EXPECT_EQ(png, "\x89PNG\r\n\x1a\n");
  }
}

TEST_F(CairoPrinterTest, QrCodeScansBackToTheLookupUrl) {
  if (!fixtures::has_tool("zbarimg")) GTEST_SKIP() << "zbarimg (Debian zbar-tools) not installed";
  for (const auto printout : {app::Printout::form_01, app::Printout::acknowledgement}) {
    const auto file = write("doc.pdf", render(printout, birth_registration(), print_context()));
    const auto prefix = (dir_.path() / "scan").string();
    ASSERT_EQ(fixtures::run("pdftoppm -r 150 -gray -png -f 1 -l 1 '" + file.string() + "' '" +
                            prefix + "'")
                  .status,
              0);
    const auto scanned = fixtures::run(
        "zbarimg -Sdisable -Sqrcode.enable --quiet --raw --nodbus '" + prefix + "-1.png'");
    EXPECT_EQ(scanned.status, 0);
    EXPECT_EQ(scanned.text, std::string{fixtures::kLookupUrl} + "\n");
  }
}

TEST_F(CairoPrinterTest, SameDossierPrintsTheSameBytes) {
  EXPECT_EQ(render(app::Printout::form_01, birth_registration(), print_context()),
            render(app::Printout::form_01, birth_registration(), print_context()));
}

TEST_F(CairoPrinterTest, MissingAppointmentLeavesTheBlankOfThePaperForm) {
  auto detail = birth_registration();
  detail.dossier.clock.due_at.reset();
  const auto file = write("blank.pdf", render(app::Printout::form_01, detail, print_context()));
  EXPECT_THAT(fixtures::pdf_text(file), HasSubstr("Thời gian trả kết quả giải quyết hồ sơ: ……"));
}

TEST_F(CairoPrinterTest, WithoutALookupUrlThereIsNoQrCode) {
  auto context = print_context();
  context.lookup_url.clear();
  const auto file =
      write("noqr.pdf", render(app::Printout::form_01, birth_registration(), context));
  const auto text = fixtures::pdf_text(file);
  EXPECT_THAT(text, HasSubstr(std::string{kDueLine}));
  EXPECT_THAT(text, Not(HasSubstr("Quét mã QR")));
}

TEST_F(CairoPrinterTest, PlaceFallsBackToTheReceivingUnitsAddress) {
  auto context = print_context();
  context.province_name.clear();
  const auto file =
      write("place.pdf", render(app::Printout::form_01, birth_registration(), context));
  EXPECT_THAT(fixtures::pdf_text(file), HasSubstr("Đắk Lắk, ngày 20 tháng 11 năm 2026"));
}

// The worker pool draws several PDFs at once from one printer.
TEST_F(CairoPrinterTest, ConcurrentRendersMatchASequentialOne) {
  const auto expected = render(app::Printout::form_01, birth_registration(), print_context());
  std::vector<std::future<std::string>> renders;
  for (int i = 0; i < 4; ++i) {
    renders.push_back(std::async(std::launch::async, [] {
      return render(app::Printout::form_01, birth_registration(), print_context());
    }));
  }
  for (auto& pdf : renders) EXPECT_EQ(pdf.get(), expected);
}

TEST_F(CairoPrinterTest, PaymentReceiptStatesWhoPaidWhatToWhom) {
  auto detail = birth_registration();
  detail.competent_unit = detail.receiving_unit;
  detail.competent_unit.name = "Phòng Tư pháp";
  auto context = print_context();
  context.receipt = app::ReceiptDetails{"BL2026-000042", "TT-X-3", "PG123456", 1050000,
                                        detail.dossier.created_at};
  const auto file = write("receipt.pdf", render(app::Printout::payment_receipt, detail, context));
  EXPECT_EQ(fixtures::pdf_pages(file), 1);
  const auto text = fixtures::flatten(fixtures::pdf_text(file));
  EXPECT_THAT(text, HasSubstr("BIÊN LAI THU PHÍ, LỆ PHÍ"));
  EXPECT_THAT(text, HasSubstr("PHÒNG TƯ PHÁP"));  // the collecting unit heads it
  EXPECT_THAT(text, HasSubstr("BL2026-000042"));
  EXPECT_THAT(text, HasSubstr("1.050.000 đồng"));
  EXPECT_THAT(text, HasSubstr("Một triệu không trăm năm mươi nghìn đồng"));
  EXPECT_THAT(text, HasSubstr("PG123456"));
  EXPECT_THAT(text, HasSubstr("TT-X-3"));
  EXPECT_THAT(text, HasSubstr(std::string{fixtures::kCode}));
  EXPECT_THAT(text, HasSubstr("066190001234"));
}

TEST_F(CairoPrinterTest, AReceiptWithoutItsPaymentIsNotDrawn) {
  EXPECT_ANY_THROW(render(app::Printout::payment_receipt, birth_registration(), print_context()));
}

}  // namespace
}  // namespace motcua::printouts
