#include "web/http/static_files.hpp"

#include <gtest/gtest.h>

#include "unit/http/gunzip.hpp"
#include "unit/http/temp_dir.hpp"
#include "web/http/compression.hpp"

namespace motcua::web {
namespace {

using test::TempDir;

std::string css() {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += ".usa-button-" + std::to_string(i) + " { color: #005ea2; }\n";
  return text;
}

Request get(std::string accept_encoding = {}, std::string if_none_match = {}) {
  Request request;
  request.method = Method::get;
  if (!accept_encoding.empty()) request.headers.emplace_back("accept-encoding", accept_encoding);
  if (!if_none_match.empty()) request.headers.emplace_back("if-none-match", if_none_match);
  return request;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir.write("css/site.css", css());
    dir.write("js/app.js", "console.log('xin chào');");  // too small to gain from compression
    dir.write("img/logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(4000, 'a'));
    dir.write("fonts/x.woff2", "wOF2");
    files = StaticFiles::load(dir.path().string());
  }
  TempDir dir;
  StaticFiles files;
};

TEST_F(StaticFilesTest, ServesIdentityWithImmutableCaching) {
  const auto reply = files.serve(get(), "css/site.css");
  EXPECT_EQ(reply.head.status, 200);
  EXPECT_EQ(reply.body, css());
  EXPECT_EQ(reply.head.header_value("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(reply.head.header_value("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(reply.head.header_value("vary"), "Accept-Encoding");
  EXPECT_FALSE(reply.head.header_value("content-encoding"));
  const auto etag = reply.head.header_value("etag");
  ASSERT_TRUE(etag);
  EXPECT_EQ(etag->front(), '"');
}

TEST_F(StaticFilesTest, PrefersBrotliThenGzip) {
  const auto br = files.serve(get("gzip, deflate, br"), "css/site.css");
  EXPECT_EQ(br.head.header_value("content-encoding"), "br");
  EXPECT_EQ(br.body, *brotli_compress(css()));
  const auto gz = files.serve(get("gzip"), "css/site.css");
  EXPECT_EQ(gz.head.header_value("content-encoding"), "gzip");
  EXPECT_EQ(test::gunzip(gz.body), css());
  EXPECT_NE(br.head.header_value("etag"), gz.head.header_value("etag"));
  const auto refused = files.serve(get("br;q=0, gzip;q=0"), "css/site.css");
  EXPECT_FALSE(refused.head.header_value("content-encoding"));
}

TEST_F(StaticFilesTest, UsesShippedSiblingAsIs) {
  const auto shipped = *gzip_compress("body { }");  // differs from what load would make
  dir.write("css/small.css", "body { }");
  dir.write("css/small.css.gz", shipped);
  files = StaticFiles::load(dir.path().string());
  const auto reply = files.serve(get("gzip"), "css/small.css");
  EXPECT_EQ(reply.head.header_value("content-encoding"), "gzip");
  EXPECT_EQ(reply.body, shipped);
  EXPECT_EQ(files.serve(get(), "css/small.css.gz").head.status, 404);  // a form, not a file
}

TEST_F(StaticFilesTest, DoesNotCompressWhatDoesNotShrink) {
  EXPECT_FALSE(files.serve(get("br, gzip"), "js/app.js").head.header_value("content-encoding"));
  const auto png = files.serve(get("br, gzip"), "img/logo.png");
  EXPECT_FALSE(png.head.header_value("content-encoding"));
  EXPECT_EQ(png.head.header_value("content-type"), "image/png");
  EXPECT_EQ(files.serve(get(), "fonts/x.woff2").head.header_value("content-type"), "font/woff2");
}

TEST_F(StaticFilesTest, IfNoneMatchGives304WithoutBody) {
  const auto first = files.serve(get("br"), "css/site.css");
  const auto etag = *first.head.header_value("etag");
  const auto again = files.serve(get("br", "\"other\", W/" + etag), "css/site.css");
  EXPECT_EQ(again.head.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.head.header_value("etag"), etag);
  EXPECT_EQ(again.head.header_value("cache-control"), "public, max-age=31536000, immutable");
  // The identity form has its own tag: a br tag does not validate it.
  EXPECT_EQ(files.serve(get("", etag), "css/site.css").head.status, 200);
  EXPECT_EQ(files.serve(get("", "*"), "css/site.css").head.status, 304);
}

TEST_F(StaticFilesTest, HeadKeepsLengthWithoutBody) {
  auto request = get();
  request.method = Method::head;
  const auto reply = files.serve(request, "css/site.css");
  EXPECT_EQ(reply.head.status, 200);
  EXPECT_TRUE(reply.body.empty());
  EXPECT_EQ(reply.head.header_value("content-length"), std::to_string(css().size()));
}

TEST_F(StaticFilesTest, UnknownFileAndWrongMethod) {
  EXPECT_EQ(files.serve(get(), "css/missing.css").head.status, 404);
  auto post = get();
  post.method = Method::post;
  const auto reply = files.serve(post, "css/site.css");
  EXPECT_EQ(reply.head.status, 405);
  EXPECT_EQ(reply.head.header_value("allow"), "GET, HEAD");
}

TEST(StaticFilesLoad, MissingFolderIsEmpty) {
  EXPECT_EQ(StaticFiles::load("/nonexistent/motcua/static").size(), 0u);
}

TEST(AcceptEncoding, QValuesAndWildcard) {
  EXPECT_TRUE(accepts_encoding("gzip, br", "br"));
  EXPECT_FALSE(accepts_encoding("gzip", "br"));
  EXPECT_FALSE(accepts_encoding("br;q=0", "br"));
  EXPECT_TRUE(accepts_encoding("br;q=0.5", "br"));
  EXPECT_TRUE(accepts_encoding("*", "br"));
  EXPECT_FALSE(accepts_encoding("*;q=0", "gzip"));
  EXPECT_FALSE(accepts_encoding("", "gzip"));
}

TEST(EtagMatch, WeakComparison) {
  EXPECT_TRUE(etag_matches("\"a\"", "\"a\""));
  EXPECT_TRUE(etag_matches("\"x\", W/\"a\"", "\"a\""));
  EXPECT_TRUE(etag_matches("*", "\"a\""));
  EXPECT_FALSE(etag_matches("\"b\"", "\"a\""));
  EXPECT_FALSE(etag_matches("", "\"a\""));
}

}  // namespace
}  // namespace motcua::web
