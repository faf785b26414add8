#include "core/document_validity.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

Instant at(int y, unsigned m, unsigned d, int minute = 9 * 60) {
  return from_local(LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}},
                    minute);
}

TEST(DocumentValidity, AResultLastsItsMonthsToTheEndOfTheDay) {
  const auto until = document_valid_until(at(2026, 3, 15), 12);
  ASSERT_TRUE(until.has_value());
  EXPECT_EQ(*until, at(2027, 3, 15, 24 * 60 - 1));
  EXPECT_TRUE(document_valid_at(until, at(2027, 3, 15, 23 * 60)));
  EXPECT_FALSE(document_valid_at(until, at(2027, 3, 16, 0)));
}

TEST(DocumentValidity, AMissingDayFallsBackToTheMonthsLast) {
  EXPECT_EQ(*document_valid_until(at(2026, 1, 31), 1), at(2026, 2, 28, 24 * 60 - 1));
  EXPECT_EQ(*document_valid_until(at(2027, 8, 31), 6), at(2028, 2, 29, 24 * 60 - 1));
}

TEST(DocumentValidity, NoPeriodMeansNoEnd) {
  EXPECT_FALSE(document_valid_until(at(2026, 3, 15), 0).has_value());
  EXPECT_TRUE(document_valid_at(std::nullopt, at(2099, 1, 1)));
}

}  // namespace
}  // namespace motcua::core
