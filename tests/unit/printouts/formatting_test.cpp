#include "printouts/formatting.hpp"

#include <gtest/gtest.h>

#include "printouts/unicode.hpp"
#include "unit/printouts/fixtures.hpp"

namespace motcua::printouts {
namespace {

constexpr core::LocalDate ymd(int y, unsigned m, unsigned d) {
  return core::LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

const Labels& vi() { return labels_for("vi"); }
const Labels& en() { return labels_for("en"); }

TEST(Formatting, FillReplacesNamedPlaceholders) {
  EXPECT_EQ(fill("{a} và {b}, {c}", {{"a", "một"}, {"b", "hai"}}), "một và hai, {c}");
  EXPECT_EQ(fill("no braces", {}), "no braces");
  EXPECT_EQ(fill("open { only", {}), "open { only");
}

TEST(Formatting, DateOfAdministrativeDocuments) {
  // Decree 30/2020 Annex I: a zero before days under 10 and before months 1 and 2 only.
  EXPECT_EQ(place_and_date("Đắk Lắk", ymd(2026, 3, 5), vi()), "Đắk Lắk, ngày 05 tháng 3 năm 2026");
  EXPECT_EQ(place_and_date("Hà Nội", ymd(2026, 1, 20), vi()), "Hà Nội, ngày 20 tháng 01 năm 2026");
  EXPECT_EQ(place_and_date("", ymd(2026, 11, 22), vi()), "ngày 22 tháng 11 năm 2026");
  EXPECT_EQ(place_and_date("Hà Nội", ymd(2026, 2, 1), en()), "Hà Nội, 1 February 2026");
}

TEST(Formatting, ClockAndDateInVietnamTime) {
  // 02:30 UTC is 09:30 in Vietnam.
  const auto at = core::Instant{std::chrono::sys_days{ymd(2026, 11, 22)}} + std::chrono::hours{2} +
                  std::chrono::minutes{30};
  EXPECT_EQ(clock_and_date(at, vi()), "09:30 ngày 22/11/2026");
  EXPECT_EQ(clock_and_date(at, en()), "09:30 on 22/11/2026");
  EXPECT_EQ(clock_and_date(std::nullopt, vi()), "……");
}

TEST(Formatting, PlaceComesFromTheAuthoritysName) {
  EXPECT_EQ(place_of("Ủy ban nhân dân tỉnh Đắk Lắk"), "Đắk Lắk");
  EXPECT_EQ(place_of("UBND thành phố Hà Nội"), "Hà Nội");
  EXPECT_EQ(place_of("UBND TỈNH NINH BÌNH"), "NINH BÌNH");
  EXPECT_EQ(place_of(fixtures::decomposed("UBND tỉnh Nghệ An")), "Nghệ An");
  EXPECT_EQ(place_of("Bộ Tư pháp"), "");
}

TEST(Formatting, FileSizes) {
  EXPECT_EQ(file_size(512, vi()), "512 B");
  EXPECT_EQ(file_size(245'760, vi()), "240 KB");
  EXPECT_EQ(file_size(5'033'165, en()), "4.8 MB");
}

TEST(Unicode, NfcComposesAndUpperKeepsMarks) {
  EXPECT_EQ(to_nfc(fixtures::decomposed("Nguyễn Thị Ánh")), "Nguyễn Thị Ánh");
  EXPECT_EQ(to_upper(fixtures::decomposed("phường Đống Đa")), "PHƯỜNG ĐỐNG ĐA");
  EXPECT_EQ(to_nfc(std::string{"a\xff"
                               "b"}),
            "a\xEF\xBF\xBD"
            "b");  // U+FFFD, not a crash
  EXPECT_EQ(to_nfc(""), "");
}

TEST(Labels, UnknownLanguageFallsBackToVietnamese) {
  EXPECT_EQ(labels_for("fr").dossier_code, "Mã hồ sơ");
  EXPECT_EQ(labels_for("en").dossier_code, "Dossier code");
}

}  // namespace
}  // namespace motcua::printouts
