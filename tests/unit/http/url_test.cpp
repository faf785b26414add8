#include "web/http/url.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

TEST(PercentDecode, DecodesEscapesAndUtf8) {
  EXPECT_EQ(percent_decode("%C4%90%C4%83ng%20k%C3%BD"), "Đăng ký");
  EXPECT_EQ(percent_decode("a%2Fb"), "a/b");
  EXPECT_EQ(percent_decode("plain"), "plain");
}

TEST(PercentDecode, PlusIsASpaceOnlyInQueries) {
  EXPECT_EQ(percent_decode("a+b"), "a+b");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("a%2Bb", true), "a+b");
}

TEST(PercentDecode, RefusesMalformedEscapesNulAndBadUtf8) {
  EXPECT_FALSE(percent_decode("%"));
  EXPECT_FALSE(percent_decode("%4"));
  EXPECT_FALSE(percent_decode("%zz"));
  EXPECT_FALSE(percent_decode("a%00b"));
  EXPECT_FALSE(percent_decode("%C3"));        // truncated sequence
  EXPECT_FALSE(percent_decode("%C0%AF"));     // overlong '/'
  EXPECT_FALSE(percent_decode("%ED%A0%80"));  // UTF-16 surrogate
  EXPECT_FALSE(percent_decode("%FF"));
}

TEST(PercentEncode, KeepsUnreservedOnly) {
  EXPECT_EQ(percent_encode("a b/Đ-_.~"), "a%20b%2F%C4%90-_.~");
  EXPECT_EQ(percent_decode(percent_encode("Hồ sơ #1 & 2")), "Hồ sơ #1 & 2");
}

TEST(ParseQuery, SplitsAndDecodes) {
  const auto pairs = parse_query("q=dang+ky&page=2&&flag&name=%C4%90%C3%A0");
  ASSERT_TRUE(pairs);
  ASSERT_EQ(pairs->size(), 4u);
  EXPECT_EQ((*pairs)[0], (std::pair<std::string, std::string>{"q", "dang ky"}));
  EXPECT_EQ((*pairs)[1].second, "2");
  EXPECT_EQ((*pairs)[2], (std::pair<std::string, std::string>{"flag", ""}));
  EXPECT_EQ((*pairs)[3].second, "Đà");
  EXPECT_FALSE(parse_query("a=%zz"));
  EXPECT_TRUE(parse_query("")->empty());
}

TEST(SplitTarget, SeparatesPathAndQuery) {
  auto parts = split_target("/a/b?x=1&y=2");
  EXPECT_EQ(parts.path, "/a/b");
  EXPECT_EQ(parts.query, "x=1&y=2");
  parts = split_target("http://example.vn/p?q");
  EXPECT_EQ(parts.path, "/p");
  EXPECT_EQ(parts.query, "q");
  parts = split_target("/only");
  EXPECT_EQ(parts.query, "");
}

TEST(NormalizePath, DecodesAndCleans) {
  EXPECT_EQ(normalize_path("/"), "/");
  EXPECT_EQ(normalize_path("/a//b/./c"), "/a/b/c");
  EXPECT_EQ(normalize_path("/a/b/"), "/a/b/");
  EXPECT_EQ(normalize_path("/h%E1%BB%93-s%C6%A1"), "/hồ-sơ");
}

TEST(NormalizePath, RejectsTraversalAndEncodedSeparators) {
  EXPECT_FALSE(normalize_path("/static/../etc/passwd"));
  EXPECT_FALSE(normalize_path("/static/%2e%2e/secret"));
  EXPECT_FALSE(normalize_path("/static/%2E%2E"));
  EXPECT_FALSE(normalize_path("/a%2Fb"));
  EXPECT_FALSE(normalize_path("/a%5Cb"));
  EXPECT_FALSE(normalize_path("/a%00"));
  EXPECT_FALSE(normalize_path("relative"));
  EXPECT_FALSE(normalize_path(""));
  EXPECT_FALSE(normalize_path("/bad%zz"));
}

TEST(PathSegments, SkipsEmptyOnes) {
  const auto segments = path_segments("/a//b/");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0], "a");
  EXPECT_EQ(segments[1], "b");
}

}  // namespace
}  // namespace motcua::web
