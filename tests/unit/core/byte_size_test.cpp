#include "core/byte_size.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(ByteSizeText, BytesBelowOneKilobyte) {
  EXPECT_EQ(byte_size_text(0), "0 B");
  EXPECT_EQ(byte_size_text(850), "850 B");
  EXPECT_EQ(byte_size_text(1023), "1023 B");
}

TEST(ByteSizeText, WholeUnitsDropTheDecimal) {
  EXPECT_EQ(byte_size_text(2048), "2 KB");
  EXPECT_EQ(byte_size_text(10 * 1024 * 1024), "10 MB");
}

TEST(ByteSizeText, LimitsNeverReadLargerThanTheyAre) {
  EXPECT_EQ(byte_size_text(3000), "2.9 KB");  // 2.93 KB
  EXPECT_EQ(byte_size_text(1024 * 1024 - 1), "1023.9 KB");
  EXPECT_EQ(byte_size_text(3 * 1024 * 1024 + 400 * 1024), "3.3 MB");  // 3.39 MB
}

TEST(ByteSizeText, DecimalMarkOfTheLanguage) {
  EXPECT_EQ(byte_size_text(5'033'165, ','), "4,8 MB");
  EXPECT_EQ(byte_size_text(3LL * 1024 * 1024 * 1024, ','), "3 GB");
}

}  // namespace
}  // namespace motcua::core
