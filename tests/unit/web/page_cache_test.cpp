// The anonymous visitors' page cache: fresh pages are served, stale ones forgotten, the budget
// kept by evicting the least recently used, and everything dropped on a change.
#include "web/page_cache.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

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

TEST_F(PageCacheTest, AKeptPageCarriesWhatItsViewsCountUnder) {
  cache_.serve("vi\n/", {}, [] {
    return PageCache::Rendered{page("<h1>Trang chủ</h1>"), true, "/"};
  });
  cache_.store("vi\n/api/v1/procedures", page("[]"), cache_.ticket());
  const auto home = cache_.find_kept("vi\n/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->response.body_text(), "<h1>Trang chủ</h1>");
  EXPECT_EQ(home->counted_as, "/");
  const auto api = cache_.find_kept("vi\n/api/v1/procedures");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->counted_as, "") << "not a page view";
  now_ += 5000ms;
  EXPECT_FALSE(cache_.find_kept("vi\n/")) << "only fresh pages";
  EXPECT_EQ(cache_.size(), 1U) << "the stale one it met is forgotten";
}

TEST_F(PageCacheTest, AKeptPageIsSharedNotCopiedAndOutlivesItsEviction) {
  cache_.store("vi\n/", page("<h1>Trang chủ</h1>"), cache_.ticket());
  const auto first = cache_.find_kept("vi\n/");
  const auto second = cache_.find_kept("vi\n/");
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(first->response.shared_body);
  EXPECT_EQ(first->response.shared_body, second->response.shared_body) << "one body for both";
  EXPECT_TRUE(first->response.body.empty());
  cache_.clear();
  EXPECT_EQ(first->response.body_text(), "<h1>Trang chủ</h1>") << "still whole after the clear";
  cache_.store("vi\n/", page("<h1>Trang chủ</h1>"), cache_.ticket());
  const auto copy = cache_.find("vi\n/");
  ASSERT_TRUE(copy);
  EXPECT_FALSE(copy->shared_body) << "a handler's answer carries a body of its own";
  EXPECT_EQ(copy->body, "<h1>Trang chủ</h1>");
}

TEST_F(PageCacheTest, TheLeastRecentlyUsedPageLeavesFirst) {
  const std::string body(10 * 1024, 'x');
  for (int i = 0; i < 5; ++i) cache_.store("q" + std::to_string(i), page(body), cache_.ticket());
  ASSERT_TRUE(cache_.find("q0")) << "used again, so kept";
  cache_.store("q5", page(body), cache_.ticket());
  cache_.store("q6", page(body), cache_.ticket());
  EXPECT_FALSE(cache_.find("q6")) << "offered once to a full cache";
  cache_.store("q6", page(body), cache_.ticket());
  EXPECT_TRUE(cache_.find("q6")) << "offered again";
  EXPECT_TRUE(cache_.find("q0"));
  EXPECT_FALSE(cache_.find("q1"));
  EXPECT_LE(cache_.bytes(), 64U * 1024);
  cache_.store("huge", page(std::string(20 * 1024, 'y')), cache_.ticket());
  EXPECT_FALSE(cache_.find("huge")) << "larger than a quarter of the budget";
}

TEST_F(PageCacheTest, AFullCacheIsNotChurnedByPagesAskedForOnce) {
  const std::string body(10 * 1024, 'x');
  for (int i = 0; i < 6; ++i) cache_.store("q" + std::to_string(i), page(body), cache_.ticket());
  const auto kept = cache_.size();
  ASSERT_EQ(kept, 6U) << "room for six";
  for (int i = 0; i < 1000; ++i) {
    cache_.store("code" + std::to_string(i), page(body), cache_.ticket());
  }
  EXPECT_EQ(cache_.size(), kept);
  for (int i = 0; i < 6; ++i) EXPECT_TRUE(cache_.find("q" + std::to_string(i))) << i;
  cache_.store("code999", page(body), cache_.ticket());
  EXPECT_TRUE(cache_.find("code999")) << "the second offer is taken";
  EXPECT_FALSE(cache_.find("q0")) << "in the place of the least recently used";
  cache_.clear();
  cache_.store("code1", page(body), cache_.ticket());
  EXPECT_TRUE(cache_.find("code1")) << "a cache with room takes a page at once";
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

TEST_F(PageCacheTest, ServingRendersOnceAndKeepsOnlyWhatMayBeKept) {
  int renders = 0;
  const auto render = [&](bool keep) {
    return [&renders, keep] {
      ++renders;
      return PageCache::Rendered{page("rendered"), keep};
    };
  };
  auto first = cache_.serve("k", {}, render(true));
  EXPECT_FALSE(first.kept);
  EXPECT_EQ(first.response.body, "rendered");
  auto second = cache_.serve("k", {}, render(true));
  EXPECT_TRUE(second.kept);
  EXPECT_EQ(renders, 1);
  cache_.serve("private", {}, render(false));
  cache_.serve("private", {}, render(false));
  EXPECT_EQ(renders, 3) << "a page that may not be kept is rendered every time";
  EXPECT_FALSE(cache_.find("private"));
}

TEST(PageCacheServing, CallersAskingAtOnceWaitForOneRendering) {
  PageCache cache{5000ms, 64 * 1024};
  std::atomic<int> renders{0};
  std::promise<void> started;
  std::promise<void> finish;
  auto finishing = finish.get_future().share();
  auto slow = std::async(std::launch::async, [&] {
    return cache.serve("home", {}, [&] {
      ++renders;
      started.set_value();
      finishing.wait();
      return PageCache::Rendered{Response::html(200, "home"), true};
    });
  });
  started.get_future().wait();
  auto waiting = std::async(std::launch::async, [&] {
    return cache.serve("home", {}, [&] {
      ++renders;
      return PageCache::Rendered{Response::html(200, "again"), true};
    });
  });
  auto other = cache.serve("other", {}, [&] {
    return PageCache::Rendered{Response::html(200, "other"), true};
  });
  EXPECT_EQ(other.response.body, "other") << "another page is not held up";
  EXPECT_EQ(waiting.wait_for(100ms), std::future_status::timeout) << "it waits for the rendering";
  finish.set_value();
  EXPECT_FALSE(slow.get().kept);
  const auto second = waiting.get();
  EXPECT_TRUE(second.kept);
  EXPECT_EQ(second.response.body, "home");
  EXPECT_EQ(renders.load(), 1);
}

TEST(PageCacheServing, AnAgedCopyIsGivenWhileItsSuccessorIsRenderedButNotAfterAChange) {
  PageCache::Clock::time_point now{};
  PageCache cache{5000ms, 64 * 1024, [&] { return now; }};
  const auto rendering = [](const std::string& body) {
    return [body] { return PageCache::Rendered{Response::html(200, body), true}; };
  };
  cache.serve("home", {}, rendering("old"));
  now += 5000ms;
  std::promise<void> started;
  std::promise<void> finish;
  auto finishing = finish.get_future().share();
  auto refreshing = std::async(std::launch::async, [&] {
    return cache.serve("home", {}, [&] {
      started.set_value();
      finishing.wait();
      return PageCache::Rendered{Response::html(200, "new"), true};
    });
  });
  started.get_future().wait();
  const auto meanwhile = cache.serve("home", {}, rendering("unexpected"));
  EXPECT_TRUE(meanwhile.kept);
  EXPECT_EQ(meanwhile.response.body, "old") << "no wait for a page that merely aged";
  finish.set_value();
  EXPECT_EQ(refreshing.get().response.body, "new");
  EXPECT_EQ(cache.serve("home", {}, rendering("unexpected")).response.body, "new");
  cache.clear();
  now += 5000ms;
  EXPECT_EQ(cache.serve("home", {}, rendering("after the change")).response.body,
            "after the change");
}

TEST(PageCacheServing, AWaiterRendersItselfWhenTheFirstRenderingIsNotKept) {
  PageCache cache{5000ms, 64 * 1024};
  std::promise<void> started;
  std::promise<void> finish;
  auto finishing = finish.get_future().share();
  auto refused = std::async(std::launch::async, [&] {
    return cache.serve("page", {}, [&] {
      started.set_value();
      finishing.wait();
      return PageCache::Rendered{Response::html(503, "unavailable"), false};
    });
  });
  started.get_future().wait();
  auto waiting = std::async(std::launch::async, [&] {
    return cache.serve("page", {}, [] {
      return PageCache::Rendered{Response::html(200, "page"), true};
    });
  });
  finish.set_value();
  EXPECT_EQ(refused.get().response.status, 503);
  const auto second = waiting.get();
  EXPECT_FALSE(second.kept);
  EXPECT_EQ(second.response.body, "page");
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
