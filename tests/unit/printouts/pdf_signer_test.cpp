// Signing a form with a unit's key, read back by poppler's pdfsig as a verifier outside motcua
// would, and the check of altered, extended and foreign documents.
#include "printouts/pdf_signer.hpp"

#include <gtest/gtest.h>

#include "core/time.hpp"
#include "fixtures.hpp"
#include "printouts/cairo_printer.hpp"
#include "printouts/unit_keyring.hpp"

namespace motcua::printouts {
namespace {

using fixtures::TempDir;

const core::Instant kNow = core::from_local(std::chrono::year{2026} / 11 / 25, 9 * 60 + 30);
// Certificates are checked against the real clock: issue them from yesterday.
const core::Instant kIssued =
    std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) -
    std::chrono::hours(24);

app::SignatureStamp stamp() {
  return {"UBND phường Tân Lợi", "H15.50.05-261120-0007",
          "https://motcua.example.vn/xac-thuc/AbC123", kNow};
}

class PdfSignerTest : public ::testing::Test {
 protected:
  PdfSignerTest() : keyring(dir.path() / "keys", "UBND tỉnh Đắk Lắk"), signer(keyring) {
    keyring.issue("H15.50.05", "UBND phường Tân Lợi", kIssued);
  }

  std::string form() const {
    CairoPrinter printer;
    return printer.render(app::Printout::form_01, fixtures::birth_registration(),
                          fixtures::print_context());
  }

  TempDir dir;
  UnitKeyring keyring;
  PdfSigner signer;
};

TEST_F(PdfSignerTest, ASignedFormPassesPdfsigAndTheCheck) {
  const auto signed_pdf = signer.sign(form(), "H15.50.05", stamp());
  const auto check = signer.check(signed_pdf);
  EXPECT_TRUE(check.valid());
  EXPECT_EQ(check.signer, "UBND phường Tân Lợi");
  ASSERT_TRUE(check.signed_at);
  EXPECT_LT(std::chrono::abs(*check.signed_at - std::chrono::time_point_cast<std::chrono::seconds>(
                                                    std::chrono::system_clock::now())),
            std::chrono::minutes(5));
  const auto file = dir.write("signed.pdf", signed_pdf);
  if (!fixtures::has_tool("pdfsig")) GTEST_SKIP() << "poppler-utils missing";
  const auto pdfsig = fixtures::run("pdfsig '" + file.string() + "'");
  EXPECT_NE(pdfsig.text.find("Signature is Valid"), std::string::npos) << pdfsig.text;
  EXPECT_NE(pdfsig.text.find("ETSI.CAdES.detached"), std::string::npos) << pdfsig.text;
  // The form still reads as before, with the stamp's words on its last page.
  const auto text = fixtures::flatten(fixtures::pdf_text(file));
  EXPECT_NE(text.find("Ký số bởi"), std::string::npos) << text;
  EXPECT_NE(text.find("Xác thực tại: https://motcua.example.vn/xac-thuc/"), std::string::npos)
      << text;
}

TEST_F(PdfSignerTest, AnyChangedByteBreaksTheSignature) {
  auto signed_pdf = signer.sign(form(), "H15.50.05", stamp());
  // A byte of the original form, well before the signature's incremental update.
  signed_pdf[signed_pdf.size() / 4] ^= 0x01;
  const auto check = signer.check(signed_pdf);
  EXPECT_TRUE(check.signed_document);
  EXPECT_FALSE(check.intact);
  EXPECT_FALSE(check.valid());
}

TEST_F(PdfSignerTest, BytesAppendedAfterSigningAreCaught) {
  const auto signed_pdf = signer.sign(form(), "H15.50.05", stamp());
  const auto check = signer.check(signed_pdf + "\n1 0 obj\n(forged)\nendobj\n");
  EXPECT_TRUE(check.intact);
  EXPECT_FALSE(check.whole_file);
  EXPECT_FALSE(check.valid());
}

TEST_F(PdfSignerTest, AnotherProvincesSignatureIsNotTrusted) {
  TempDir other_dir;
  UnitKeyring other(other_dir.path(), "UBND tỉnh Khác");
  other.issue("H15.50.05", "UBND phường Tân Lợi", kIssued);
  const auto signed_pdf = PdfSigner(other).sign(form(), "H15.50.05", stamp());
  const auto check = signer.check(signed_pdf);
  EXPECT_TRUE(check.intact);
  EXPECT_FALSE(check.trusted);
  EXPECT_FALSE(check.valid());
}

TEST_F(PdfSignerTest, UnsignedAndGarbageDocumentsAreNotSigned) {
  EXPECT_FALSE(signer.check(form()).signed_document);
  EXPECT_FALSE(signer.check("/ByteRange [0 10 99999999 5] <zz>").signed_document);
  EXPECT_FALSE(signer.check("").signed_document);
  EXPECT_THROW(signer.sign("not a pdf", "H15.50.05", stamp()), std::invalid_argument);
}

TEST_F(PdfSignerTest, AUnitWithoutAKeyCannotSign) {
  EXPECT_TRUE(signer.can_sign("H15.50.05"));
  EXPECT_FALSE(signer.can_sign("H15.50.07"));
  EXPECT_FALSE(signer.can_sign("../root"));
  EXPECT_THROW(signer.sign(form(), "H15.50.07", stamp()), std::runtime_error);
}

TEST_F(PdfSignerTest, RenewingAKeyKeepsEarlierDocumentsValid) {
  const auto before = signer.sign(form(), "H15.50.05", stamp());
  keyring.issue("H15.50.05", "UBND phường Tân Lợi", kIssued + std::chrono::hours(1));
  EXPECT_TRUE(signer.check(before).valid());
  EXPECT_TRUE(signer.check(signer.sign(form(), "H15.50.05", stamp())).valid());
}

TEST_F(PdfSignerTest, ASecondSignatureKeepsTheFirstAndStandsBesideIt) {
  const auto once = signer.sign(form(), "H15.50.05", stamp());
  const auto twice = signer.sign(once, "H15.50.05", stamp());
  EXPECT_TRUE(signer.check(twice).valid());
  const auto file = dir.write("twice.pdf", twice);
  if (!fixtures::has_tool("pdfsig")) GTEST_SKIP() << "poppler-utils missing";
  const auto pdfsig = fixtures::run("pdfsig '" + file.string() + "' 2>&1").text;
  EXPECT_NE(pdfsig.find("Signature #2"), std::string::npos) << pdfsig;
  EXPECT_EQ(pdfsig.find("Syntax Error"), std::string::npos) << pdfsig;
  EXPECT_NE(pdfsig.find("Total document signed"), std::string::npos) << pdfsig;
}

}  // namespace
}  // namespace motcua::printouts
