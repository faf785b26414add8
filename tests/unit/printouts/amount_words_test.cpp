// Amounts on receipts read as a cashier writes them (Decree 11/2020/NĐ-CP: in figures and in
// words); each case is a rule of Vietnamese number reading.
#include "printouts/amount_words.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace motcua::printouts {
namespace {

TEST(MoneyInWords, ReadsVietnameseNumbersByTheirRules) {
  EXPECT_EQ(money_in_words(0, "vi"), "Không đồng");
  EXPECT_EQ(money_in_words(5, "vi"), "Năm đồng");
  EXPECT_EQ(money_in_words(10, "vi"), "Mười đồng");
  EXPECT_EQ(money_in_words(15, "vi"), "Mười lăm đồng");
  EXPECT_EQ(money_in_words(21, "vi"), "Hai mươi mốt đồng");
  EXPECT_EQ(money_in_words(11, "vi"), "Mười một đồng");
  EXPECT_EQ(money_in_words(55, "vi"), "Năm mươi lăm đồng");
  EXPECT_EQ(money_in_words(105, "vi"), "Một trăm linh năm đồng");
  EXPECT_EQ(money_in_words(50000, "vi"), "Năm mươi nghìn đồng");
  EXPECT_EQ(money_in_words(1050000, "vi"), "Một triệu không trăm năm mươi nghìn đồng");
  EXPECT_EQ(money_in_words(2000005, "vi"), "Hai triệu không trăm linh năm đồng");
  EXPECT_EQ(money_in_words(3000000000, "vi"), "Ba tỷ đồng");
  EXPECT_EQ(money_in_words(1200000000000, "vi"), "Một nghìn hai trăm tỷ đồng");
}

TEST(MoneyInWords, ReadsEnglish) {
  EXPECT_EQ(money_in_words(50000, "en"), "Fifty thousand dong");
  EXPECT_EQ(money_in_words(1050021, "en"), "One million fifty thousand twenty-one dong");
  EXPECT_EQ(money_in_words(0, "en"), "Zero dong");
}

TEST(MoneyInWords, TheLargestAndNegativeAmountsStillRead) {
  EXPECT_FALSE(money_in_words(std::numeric_limits<long long>::max(), "vi").empty());
  EXPECT_EQ(money_in_words(std::numeric_limits<long long>::min(), "en").substr(0, 4), "Nine");
  EXPECT_EQ(money_in_words(-15, "vi"), "Mười lăm đồng");
}

TEST(MoneyInFigures, GroupsThousandsAsEachLanguageDoes) {
  EXPECT_EQ(money_in_figures(0, "vi"), "0 đồng");
  EXPECT_EQ(money_in_figures(999, "vi"), "999 đồng");
  EXPECT_EQ(money_in_figures(1250000, "vi"), "1.250.000 đồng");
  EXPECT_EQ(money_in_figures(50000, "en"), "50,000 VND");
}

}  // namespace
}  // namespace motcua::printouts
