#include "web/http/worker_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <latch>

namespace motcua::web {
namespace {

TEST(WorkerPool, RunsTasks) {
  std::atomic<int> done{0};
  {
    WorkerPool pool(2, 100);
    for (int i = 0; i < 50; ++i) ASSERT_TRUE(pool.try_submit([&] { ++done; }));
    pool.shutdown();
  }
  EXPECT_EQ(done, 50);
}

TEST(WorkerPool, RefusesBeyondTheQueueLimit) {
  std::latch started(1);
  std::latch release(1);
  WorkerPool pool(1, 1);
  ASSERT_TRUE(pool.try_submit([&] {
    started.count_down();
    release.wait();
  }));
  started.wait();                        // the only thread is busy
  EXPECT_TRUE(pool.try_submit([] {}));   // waits in the queue
  EXPECT_FALSE(pool.try_submit([] {}));  // queue full
  release.count_down();
  pool.shutdown();
  EXPECT_FALSE(pool.try_submit([] {}));  // closed
}

TEST(WorkerPool, ShutdownFinishesQueuedWork) {
  std::atomic<int> done{0};
  std::latch release(1);
  WorkerPool pool(1, 10);
  pool.try_submit([&] { release.wait(); });
  for (int i = 0; i < 5; ++i) pool.try_submit([&] { ++done; });
  release.count_down();
  pool.shutdown();
  EXPECT_EQ(done, 5);
}

}  // namespace
}  // namespace motcua::web
