#include "core/password_rule.hpp"

#include <gtest/gtest.h>

#include <string>

namespace motcua::core {
namespace {

TEST(PasswordRule, AcceptsLettersDigitsAndAsciiPunctuation) {
  EXPECT_EQ(check_password("MotCua@2026"), PasswordProblem::none);
  EXPECT_EQ(check_password("abcdefg1~"), PasswordProblem::none);
  EXPECT_EQ(check_password("a1!a1!a1"), PasswordProblem::none);
  for (char special : std::string("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
    EXPECT_EQ(check_password(std::string("abcdef1") + special), PasswordProblem::none) << special;
}

TEST(PasswordRule, AccentedLettersAreLettersNotSpecialCharacters) {
  EXPECT_EQ(check_password("Mậtkhẩu2026"), PasswordProblem::weak);
  EXPECT_EQ(check_password("đườngdài99"), PasswordProblem::weak);
  // Decomposed (NFD) "ế": e and two combining marks, still no special character.
  EXPECT_EQ(check_password("Tie\u0302\u0301ng12345"), PasswordProblem::weak);
  // An accented letter is the only letter: it counts as one.
  EXPECT_EQ(check_password("12345ế!!"), PasswordProblem::none);
  EXPECT_EQ(check_password("Mậtkhẩu@2026"), PasswordProblem::none);
}

TEST(PasswordRule, SpacesAndOtherSymbolsAreNotSpecial) {
  EXPECT_EQ(check_password("mat khau 2026"), PasswordProblem::weak);
  EXPECT_EQ(check_password("matkhau\u00A02026"), PasswordProblem::weak);  // no-break space
  EXPECT_EQ(check_password("matkhau2026\u20AC"), PasswordProblem::weak);  // € is not ASCII
  EXPECT_EQ(check_password("mat khau 2026!"), PasswordProblem::none);     // inner spaces allowed
}

TEST(PasswordRule, LeadingOrTrailingSpacesAreRefused) {
  EXPECT_EQ(check_password("MotCua@2026 "), PasswordProblem::edge_space);
  EXPECT_EQ(check_password(" MotCua@2026"), PasswordProblem::edge_space);
  EXPECT_EQ(check_password("MotCua@2026\u3000"), PasswordProblem::edge_space);
}

TEST(PasswordRule, LengthCountsCharactersNotBytes) {
  EXPECT_EQ(check_password("Ab1!"), PasswordProblem::too_short);
  EXPECT_EQ(check_password(""), PasswordProblem::too_short);
  // Seven characters in 13 bytes: too short although it has more than 8 bytes.
  EXPECT_EQ(check_password("ếếếế1!a"), PasswordProblem::too_short);
  EXPECT_EQ(check_password("ếếếế1!ab"), PasswordProblem::none);
  EXPECT_EQ(check_password("a1!" + std::string(125, 'x')), PasswordProblem::none);
  EXPECT_EQ(check_password("a1!" + std::string(126, 'x')), PasswordProblem::too_long);
  EXPECT_EQ(check_password(std::string(1'000'000, 'x')), PasswordProblem::too_long);
}

TEST(PasswordRule, ControlCharactersAndBrokenUtf8AreRefused) {
  EXPECT_EQ(check_password("MotCua@2026\n"), PasswordProblem::invalid);
  EXPECT_EQ(check_password("Mot\tCua@2026"), PasswordProblem::invalid);
  EXPECT_EQ(check_password(std::string("Mot\0Cua@2026", 12)), PasswordProblem::invalid);
  EXPECT_EQ(check_password("MotCua@2026\xC3"), PasswordProblem::invalid);
}

}  // namespace
}  // namespace motcua::core
