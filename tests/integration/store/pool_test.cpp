// The connection pool on its own, with connections that only count.
#include "store/sql/pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "app/ports/store.hpp"

namespace motcua::store::testing {
namespace {

using namespace std::chrono_literals;

struct FakeConnection final : sql::SqlConnection {
  explicit FakeConnection(std::atomic<int>& alive) : alive_(alive) { ++alive_; }
  ~FakeConnection() override { --alive_; }
  sql::Rows query(std::string_view, const sql::Params&) override { return {}; }
  void exec_script(std::string_view) override {}
  void begin(sql::Mode) override {}
  void commit() override {}
  void rollback() override {}
  bool healthy() const override { return healthy_; }

  std::atomic<int>& alive_;
  bool healthy_ = true;
};

class PoolTest : public ::testing::Test {
 protected:
  sql::ConnectionPool pool_{[this] {
                              if (refuse_) throw app::StoreUnavailable("server down");
                              return std::make_unique<FakeConnection>(alive_);
                            },
                            2, 50ms};
  std::atomic<int> alive_{0};
  bool refuse_ = false;
};

TEST_F(PoolTest, ReusesIdleConnections) {
  sql::SqlConnection* first = nullptr;
  {
    auto lease = pool_.acquire();
    first = &*lease;
  }
  auto again = pool_.acquire();
  EXPECT_EQ(&*again, first);
  EXPECT_EQ(alive_, 1);
}

TEST_F(PoolTest, AFullPoolAnswersUnavailableAfterTheWait) {
  auto a = pool_.acquire();
  auto b = pool_.acquire();
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(pool_.acquire(), app::StoreUnavailable);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 45ms);
}

TEST_F(PoolTest, AWaiterGetsTheConnectionGivenBack) {
  auto a = pool_.acquire();
  std::optional<sql::ConnectionPool::Lease> b(pool_.acquire());
  std::thread release([&] {
    std::this_thread::sleep_for(10ms);
    b.reset();
  });
  EXPECT_NO_THROW(pool_.acquire());
  release.join();
}

TEST_F(PoolTest, BrokenConnectionsAreReplaced) {
  {
    auto lease = pool_.acquire();
    static_cast<FakeConnection&>(*lease).healthy_ = false;
  }
  EXPECT_EQ(alive_, 0);  // closed, not kept
  {
    auto lease = pool_.acquire();
    EXPECT_TRUE(lease->healthy());
    lease.discard();
  }
  EXPECT_EQ(alive_, 0);
  auto a = pool_.acquire();
  auto b = pool_.acquire();  // both slots are free again
  EXPECT_EQ(alive_, 2);
}

TEST_F(PoolTest, AFailedOpenDoesNotTakeASlot) {
  refuse_ = true;
  EXPECT_THROW(pool_.acquire(), app::StoreUnavailable);
  EXPECT_THROW(pool_.acquire(), app::StoreUnavailable);
  EXPECT_THROW(pool_.acquire(), app::StoreUnavailable);
  refuse_ = false;
  auto a = pool_.acquire();
  auto b = pool_.acquire();
  EXPECT_EQ(alive_, 2);
}

}  // namespace
}  // namespace motcua::store::testing
