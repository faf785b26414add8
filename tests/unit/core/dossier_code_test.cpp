#include "core/dossier_code.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace motcua::core {
namespace {

constexpr LocalDate ymd(int y, unsigned m, unsigned d) {
  return LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

TEST(AgencyIdentifier, AcceptsBothOrders) {
  for (const char* id : {"H29", "H29.12.05", "H15.50.05.13", "G01", "A00.123.45", "Y99.1",
                         "000.00.12.H29", "000.00.06.H56", "000.00.00.H56", "12.H29"}) {
    EXPECT_TRUE(is_valid_agency_identifier(id)) << id;
  }
}

TEST(AgencyIdentifier, RejectsMalformed) {
  for (const char* id :
       {"", "h29.12.05", "H29..05", ".H29", "H29.", "H29-12", "H29 12", "Z29.12.05", "H2.12.05",
        "H290.12", "12.05", "000.00.12", "ABC", "Đ29.12", "H29.12.0a"}) {
    EXPECT_FALSE(is_valid_agency_identifier(id)) << id;
  }
}

TEST(AgencyIdentifier, AtMostThirtyFiveCharacters) {
  std::string id = "H29";
  while (id.size() + 3 <= 35) id += ".01";
  ASSERT_EQ(id.size(), 33u);
  id += ".1";
  EXPECT_EQ(id.size(), 35u);
  EXPECT_TRUE(is_valid_agency_identifier(id));
  EXPECT_FALSE(is_valid_agency_identifier(id + "2"));
}

TEST(DossierCode, Format) {
  EXPECT_EQ(format_dossier_code("H29.12.05", ymd(2026, 11, 22), 7), "H29.12.05-261122-0007");
  EXPECT_EQ(format_dossier_code("000.00.06.H56", ymd(2023, 10, 27), 361),
            "000.00.06.H56-231027-0361");
  EXPECT_EQ(format_dossier_code("H15.50.05.13", ymd(2026, 10, 8), 975), "H15.50.05.13-261008-0975");
}

TEST(DossierCode, CounterGrowsPastFourDigits) {
  EXPECT_EQ(format_dossier_code("H29", ymd(2027, 1, 2), 9999), "H29-270102-9999");
  EXPECT_EQ(format_dossier_code("H29", ymd(2027, 1, 2), 10000), "H29-270102-10000");
  EXPECT_EQ(format_dossier_code("H29", ymd(2027, 1, 2), 123456), "H29-270102-123456");
}

TEST(DossierCode, FormatRejectsBadInput) {
  EXPECT_THROW(format_dossier_code("h29", ymd(2026, 11, 22), 1), std::invalid_argument);
  EXPECT_THROW(format_dossier_code("H29", ymd(2026, 11, 22), 0), std::invalid_argument);
  EXPECT_THROW(format_dossier_code("H29", ymd(2026, 2, 30), 1), std::invalid_argument);
}

TEST(DossierCode, Parse) {
  const auto parts = parse_dossier_code("H29.12.05-261122-0007");
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->agency_identifier, "H29.12.05");
  EXPECT_EQ(parts->day, ymd(2026, 11, 22));
  EXPECT_EQ(parts->counter, 7);

  const auto legacy = parse_dossier_code("000.00.06.H56-231027-0361");
  ASSERT_TRUE(legacy);
  EXPECT_EQ(legacy->agency_identifier, "000.00.06.H56");
  EXPECT_EQ(legacy->counter, 361);

  const auto big = parse_dossier_code("H29-270102-10000");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->counter, 10000);
}

TEST(DossierCode, ParseRejectsMalformed) {
  for (const char* code :
       {"", "H29.12.05", "H29.12.05-261122", "H29.12.05-261122-0000", "H29.12.05-260230-0001",
        "H29.12.05-261322-0001", "H29.12.05-26112-0001", "H29.12.05-261122-007",
        "H29.12.05-261122-00a7", "H29.12.05-261122-0007-1", "h29.12.05-261122-0007",
        "H29.12.05-261122-+007", "-261122-0007", "H29.12.05-261122-", "H29.12.05-261122-0007 ",
        "H29.12.05-261122-1234567890123456789"}) {
    EXPECT_FALSE(parse_dossier_code(code).has_value()) << code;
  }
}

TEST(DossierCode, RoundTrip) {
  for (long long counter : {1LL, 42LL, 9999LL, 10000LL, 99999LL}) {
    const auto code = format_dossier_code("H29.12.05", ymd(2026, 12, 31), counter);
    const auto parts = parse_dossier_code(code);
    ASSERT_TRUE(parts) << code;
    EXPECT_EQ(parts->counter, counter);
    EXPECT_EQ(parts->day, ymd(2026, 12, 31));
    EXPECT_EQ(format_dossier_code(parts->agency_identifier, parts->day, parts->counter), code);
  }
}

TEST(DossierCode, CounterDayKey) {
  EXPECT_EQ(counter_day_key(ymd(2026, 11, 22)), 20261122);
  EXPECT_EQ(counter_day_key(ymd(2027, 1, 2)), 20270102);
}

}  // namespace
}  // namespace motcua::core
