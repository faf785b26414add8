// Form patterns are compiled once and shared, broken ones included, from any thread.
#include "core/pattern_cache.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <thread>
#include <vector>

namespace motcua::core {
namespace {

TEST(PatternCache, CompilesAPatternOnceAndSharesIt) {
  const auto first = compiled_pattern("^[0-9]{12}$");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(compiled_pattern("^[0-9]{12}$").get(), first.get());
  EXPECT_TRUE(std::regex_match("012345678901", *first));
  EXPECT_FALSE(std::regex_match("01234", *first));
}

TEST(PatternCache, ABrokenPatternIsNull) {
  EXPECT_EQ(compiled_pattern("([a-z"), nullptr);
  EXPECT_EQ(compiled_pattern("([a-z"), nullptr);
}

TEST(PatternCache, StaysBoundedAndCorrectUnderManyPatternsAndThreads) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t] {
      for (int i = 0; i < 400; ++i) {
        const auto text = std::to_string(t * 1000 + i);
        const auto pattern = compiled_pattern("^" + text + "$");
        ASSERT_NE(pattern, nullptr);
        EXPECT_TRUE(std::regex_match(text, *pattern));
      }
    });
  }
  for (auto& thread : threads) thread.join();
}

}  // namespace
}  // namespace motcua::core
