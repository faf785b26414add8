#include "core/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace motcua::core {
namespace {

// Every Vietnamese vowel with every tone, precomposed (NFC): 12 bases × 6 tones.
const std::string kVowelsLower =
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
const std::string kVowelsUpper =
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";
const std::string kVowelsFolded =
    "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyy";

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("Đăng ký khai sinh"));
  EXPECT_TRUE(is_valid_utf8(kVowelsUpper));
  EXPECT_TRUE(is_valid_utf8("\u20AC \U0001F600 \U0010FFFF \uD7FF \uE000"));
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));
}

TEST(Utf8, RejectsMalformedText) {
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated two-byte sequence
  EXPECT_FALSE(is_valid_utf8("\xE1\xBA"));          // truncated three-byte sequence
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));          // bad continuation
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
  EXPECT_FALSE(is_valid_utf8("\xE0\x9F\xBF"));      // overlong U+07FF
  EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong, four bytes
  EXPECT_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));  // overlong U+FFFF
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800, a surrogate
  EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));  // invalid lead byte
  EXPECT_FALSE(is_valid_utf8("\xFE"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
  EXPECT_FALSE(is_valid_utf8("ok\xE1\xBA\xA0\xE1"));  // valid, then truncated
}

TEST(Fold, NfcAndNfdGiveTheSameAscii) {
  EXPECT_EQ(fold_vietnamese("Đăng ký khai sinh"), "dang ky khai sinh");
  EXPECT_EQ(fold_vietnamese("\u0110a\u0306ng ky\u0301 khai sinh"), "dang ky khai sinh");
  EXPECT_EQ(fold_vietnamese("Nguyễn Thị Hương"), "nguyen thi huong");
  EXPECT_EQ(fold_vietnamese("Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng"), "nguyen thi huong");
  EXPECT_EQ(fold_vietnamese("ĐĂNG KÝ KẾT HÔN"), "dang ky ket hon");
  EXPECT_EQ(fold_vietnamese("Ắ ằ ẳ ẵ ặ ế ộ ự ỹ"), "a a a a a e o u y");
}

TEST(Fold, EveryPrecomposedVowelAndTone) {
  EXPECT_EQ(fold_vietnamese(kVowelsLower), kVowelsFolded);
  EXPECT_EQ(fold_vietnamese(kVowelsUpper), kVowelsFolded);
  EXPECT_EQ(fold_vietnamese("Đđ"), "dd");
}

TEST(Fold, EveryDecomposedVowelAndTone) {
  const std::vector<std::pair<std::string, char>> bases{
      {"a", 'a'}, {"a\u0306", 'a'}, {"a\u0302", 'a'}, {"e", 'e'}, {"e\u0302", 'e'}, {"i", 'i'},
      {"o", 'o'}, {"o\u0302", 'o'}, {"o\u031B", 'o'}, {"u", 'u'}, {"u\u031B", 'u'}, {"y", 'y'}};
  const std::vector<std::string> tones{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
  for (const auto& [base, ascii] : bases) {
    for (const auto& tone : tones) {
      EXPECT_EQ(fold_vietnamese(base + tone), std::string(1, ascii)) << base + tone;
      std::string upper = base;
      upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
      EXPECT_EQ(fold_vietnamese(upper + tone), std::string(1, ascii)) << upper + tone;
    }
  }
}

TEST(Fold, MixedFormsAndTheTonePlacedBeforeTheModifier) {
  // A precomposed base with a combining tone, and marks in either order.
  EXPECT_EQ(fold_vietnamese("\u00E2\u0300"), "a");   // â + grave
  EXPECT_EQ(fold_vietnamese("o\u0323\u0302"), "o");  // o + dot below + circumflex
  EXPECT_EQ(fold_vietnamese("\u01B0\u0301"), "u");   // ư + acute
}

TEST(Fold, OtherLatinLettersAndOtherScripts) {
  EXPECT_EQ(fold_vietnamese("Crème Brûlée Ñandú Łódź Škoda"), "creme brulee nandu lodz skoda");
  EXPECT_EQ(fold_vietnamese("ABC xyz 123 -_/"), "abc xyz 123 -_/");
  EXPECT_EQ(fold_vietnamese("Ж 中文 €"), "Ж 中文 €");  // kept as they are
  EXPECT_EQ(fold_vietnamese(""), "");
}

TEST(Fold, DropsInvalidBytes) {
  EXPECT_EQ(fold_vietnamese("a\xFF"
                            "b\xC3"),
            "ab");
}

TEST(Fold, IsIdempotent) {
  const std::string once = fold_vietnamese("Thủ tục Đăng ký thường trú");
  EXPECT_EQ(fold_vietnamese(once), once);
}

TEST(SearchTerms, SplitsFoldedTextOnNonAlphanumerics) {
  EXPECT_EQ(search_terms("Đăng ký khai sinh"),
            (std::vector<std::string>{"dang", "ky", "khai", "sinh"}));
  EXPECT_EQ(search_terms("  Cấp lại (bản sao), giấy-phép #12/2024!  "),
            (std::vector<std::string>{"cap", "lai", "ban", "sao", "giay", "phep", "12", "2024"}));
  EXPECT_EQ(search_terms("\u0110a\u0306ng\u00A0ky\u0301\u2013khai\u201Csinh\u201D"),
            (std::vector<std::string>{"dang", "ky", "khai", "sinh"}));
  EXPECT_TRUE(search_terms("").empty());
  EXPECT_TRUE(search_terms(" ,.;- ").empty());
}

TEST(HtmlEscape, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(html_escape(R"(<a href="x">'&'</a>)"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("Đăng ký"), "Đăng ký");
}

TEST(Highlight, MarksOriginalAccentedWords) {
  EXPECT_EQ(highlight_terms("Đăng ký khai sinh", {"dang", "sinh"}),
            "<mark>Đăng</mark> ký khai <mark>sinh</mark>");
}

TEST(Highlight, MatchesWordPrefixesOnly) {
  EXPECT_EQ(highlight_terms("Đăng ký thường trú", {"thu"}), "Đăng ký <mark>thường</mark> trú");
  EXPECT_EQ(highlight_terms("Đăng ký tạm trú", {"ru"}), "Đăng ký tạm trú");
}

TEST(Highlight, KeepsDecomposedWordsWhole) {
  const std::string nfd = "\u0110a\u0306ng ky\u0301";
  EXPECT_EQ(highlight_terms(nfd, {"ky"}), "\u0110a\u0306ng <mark>ky\u0301</mark>");
}

TEST(Highlight, EscapesHtmlInsideAndOutsideMarks) {
  EXPECT_EQ(
      highlight_terms("<b>Hộ tịch</b> & \"con\"", {"ho", "b"}),
      "&lt;<mark>b</mark>&gt;<mark>Hộ</mark> tịch&lt;/<mark>b</mark>&gt; &amp; &quot;con&quot;");
  EXPECT_EQ(highlight_terms("<script>", {}), "&lt;script&gt;");
}

TEST(Highlight, FoldsTermsGivenWithAccentsAndIgnoresEmptyOnes) {
  EXPECT_EQ(highlight_terms("Đăng ký", {"Đăng", ""}), "<mark>Đăng</mark> ký");
  EXPECT_EQ(highlight_terms("Đăng ký", {""}), "Đăng ký");
}

TEST(Highlight, ReplacesInvalidBytes) {
  EXPECT_EQ(highlight_terms("ab\xFF"
                            "cd",
                            {"cd"}),
            "ab\uFFFD<mark>cd</mark>");
}

TEST(Trim, AsciiAndUnicodeSpaces) {
  EXPECT_EQ(trim("  \t\r\n abc \n"), "abc");
  EXPECT_EQ(trim("\u00A0Hà Nội\u00A0\u00A0"), "Hà Nội");
  EXPECT_EQ(trim("\u3000\u2003x y\u202F"), "x y");
  EXPECT_EQ(trim("a  b"), "a  b");
  EXPECT_EQ(trim(" \u00A0 "), "");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("\u00E0"), "\u00E0");  // à is C3 A0: the A0 byte is not a space on its own
}

}  // namespace
}  // namespace motcua::core
