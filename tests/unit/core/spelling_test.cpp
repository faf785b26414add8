#include "core/spelling.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

const Vocabulary& catalog_words() {
  static const Vocabulary vocabulary({"Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử",
                                      "Cấp giấy phép xây dựng", "Chứng thực bản sao"});
  return vocabulary;
}

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0);
  EXPECT_EQ(edit_distance("sinh", "sinh"), 0);
  EXPECT_EQ(edit_distance("snh", "sinh"), 1);
  EXPECT_EQ(edit_distance("sinhh", "sinh"), 1);
  EXPECT_EQ(edit_distance("sanh", "sinh"), 1);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
}

TEST(Vocabulary, KnowsFoldedWordsAndTheirWrittenForm) {
  const auto& words = catalog_words();
  EXPECT_TRUE(words.contains("khai"));
  EXPECT_TRUE(words.contains("dang"));
  EXPECT_FALSE(words.contains("Đăng"));  // folded forms only
  EXPECT_EQ(words.written("khai"), "khai");
  EXPECT_EQ(words.written("hon"), "hôn");
  // "ký" appears after the first word, so its lower-case spelling is kept.
  EXPECT_EQ(words.written("ky"), "ký");
  // "Đăng" only ever opens a name: its capitalised form is all there is.
  EXPECT_EQ(words.written("dang"), "Đăng");
  EXPECT_EQ(words.written("zzz"), "");
}

TEST(Vocabulary, ClosestWordStaysWithinTheTolerance) {
  const auto& words = catalog_words();
  EXPECT_EQ(words.closest("snh"), "sinh");
  EXPECT_EQ(words.closest("xay"), "xay");
  EXPECT_EQ(words.closest("giayy"), "giay");
  EXPECT_EQ(words.closest("qwrtzp"), "");  // nothing within two edits
  EXPECT_EQ(words.closest("ab"), "");      // short words tolerate one edit only
}

TEST(SuggestQuery, CorrectsMistypedWordsInWrittenForm) {
  const auto& words = catalog_words();
  EXPECT_EQ(suggest_query("khai snh", words), "khai sinh");
  EXPECT_EQ(suggest_query("ket hn", words), "kết hôn");
  EXPECT_EQ(suggest_query("giấy phép xây dựngg", words), "giấy phép xây dựng");
}

TEST(SuggestQuery, NothingWhenAllWordsAreKnownOrOneIsHopeless) {
  const auto& words = catalog_words();
  EXPECT_EQ(suggest_query("khai sinh", words), "");
  EXPECT_EQ(suggest_query("Đăng ký khai sinh", words), "");
  EXPECT_EQ(suggest_query("khai snh qwrtzp", words), "");
  EXPECT_EQ(suggest_query("", words), "");
  EXPECT_EQ(suggest_query("anything", Vocabulary({})), "");
}

}  // namespace
}  // namespace motcua::core
