// The anonymous visitors' page cache: fresh pages are served, stale ones forgotten, the budget
// kept by evicting the least recently used, and everything dropped on a change.
#include "web/page_cache.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

using namespace std::chrono_literals;

class PageCacheTest : public ::testing::Test {
 protected:
  PageCache::Clock::time_point now_{};
  PageCache cache_{5000ms, 64 * 1024, [this] { return now_; }};

  static Response page(const std::string& body) { return Response::html(200, body); }
};

TEST_F(PageCacheTest, AFreshPageIsServedAndAStaleOneForgotten) {
  EXPECT_FALSE(cache_.find("vi\n/"));
  cache_.store("vi\n/", page("<h1>Trang chủ</h1>"), cache_.ticket());
  now_ += 4999ms;
  const auto kept = cache_.find("vi\n/");
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->body, "<h1>Trang chủ</h1>");
  EXPECT_EQ(kept->status, 200);
  EXPECT_FALSE(cache_.find("en\n/")) << "each language is its own page";
  now_ += 1ms;
  EXPECT_FALSE(cache_.find("vi\n/"));
  EXPECT_EQ(cache_.size(), 0U);
  EXPECT_EQ(cache_.bytes(), 0U);
}

TEST_F(PageCacheTest, TheLeastRecentlyUsedPageLeavesFirst) {
  const std::string body(10 * 1024, 'x');
  for (int i = 0; i < 5; ++i) cache_.store("q" + std::to_string(i), page(body), cache_.ticket());
  ASSERT_TRUE(cache_.find("q0")) << "used again, so kept";
  cache_.store("q5", page(body), cache_.ticket());
  cache_.store("q6", page(body), cache_.ticket());
  EXPECT_TRUE(cache_.find("q0"));
  EXPECT_FALSE(cache_.find("q1"));
  EXPECT_LE(cache_.bytes(), 64U * 1024);
  cache_.store("huge", page(std::string(20 * 1024, 'y')), cache_.ticket());
  EXPECT_FALSE(cache_.find("huge")) << "larger than a quarter of the budget";
}

TEST_F(PageCacheTest, StoringAgainReplacesAndClearingForgetsAll) {
  cache_.store("k", page("one"), cache_.ticket());
  cache_.store("k", page("two"), cache_.ticket());
  EXPECT_EQ(cache_.size(), 1U);
  EXPECT_EQ(cache_.find("k")->body, "two");
  cache_.clear();
  EXPECT_FALSE(cache_.find("k"));
  EXPECT_EQ(cache_.bytes(), 0U);
}

TEST_F(PageCacheTest, APageRenderedAcrossAChangeIsNotKept) {
  const auto before_change = cache_.ticket();
  cache_.clear();
  cache_.store("vi\n/", page("what the change replaced"), before_change);
  EXPECT_FALSE(cache_.find("vi\n/"));
  cache_.store("vi\n/", page("after the change"), cache_.ticket());
  EXPECT_EQ(cache_.find("vi\n/")->body, "after the change");
}

TEST_F(PageCacheTest, APageRenderedBeforeAChangeElsewhereIsNotServedAfterIt) {
  const PageCache::WallClock::time_point rendered{std::chrono::hours(490000)};
  cache_.store("k", page("kept"), {cache_.ticket().generation, rendered});
  EXPECT_TRUE(cache_.find("k", rendered - 1ms)) << "a change before the rendering began";
  EXPECT_TRUE(cache_.find("k", rendered));
  EXPECT_FALSE(cache_.find("k", rendered + 1ms)) << "a change it cannot show";
  EXPECT_TRUE(cache_.find("k")) << "still kept for whoever made no change";
}

TEST(PageCacheKeys, ASessionsPagesNeverShareAKeyWithAnonymousOnes) {
  const auto kept = session_key("hash-a", "vi", "/ho-so");
  EXPECT_NE(kept, session_key("hash-b", "vi", "/ho-so"));
  EXPECT_NE(kept, session_key("hash-a", "en", "/ho-so"));
  EXPECT_NE(kept, session_key("hash-a", "vi", "/ho-so?page=2"));
  Request anonymous;
  anonymous.target = "/ho-so";
  EXPECT_NE(anonymous_key(anonymous), kept);
}

TEST(PageCacheRevalidation, AKeptPageAnswersItsETagWithNotModified) {
  Response kept = Response::html(200, "<p>trang</p>");
  kept.header("etag", "W/\"abc\"");
  kept.header("cache-control", "no-cache");
  Request request;
  EXPECT_EQ(revalidated(request, kept).status, 200) << "no validator asked";
  request.headers = {{"if-none-match", "\"abc\""}};
  const auto answer = revalidated(request, kept);
  EXPECT_EQ(answer.status, 304);
  EXPECT_TRUE(answer.body.empty());
  EXPECT_EQ(answer.header_value("etag"), "W/\"abc\"");
  EXPECT_FALSE(answer.header_value("content-type"));
  request.headers = {{"if-none-match", "\"other\""}};
  EXPECT_EQ(revalidated(request, kept).body, "<p>trang</p>");
}

}  // namespace
}  // namespace motcua::web
