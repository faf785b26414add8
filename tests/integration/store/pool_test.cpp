// The connection pool on its own, with connections that only count.
#include "store/sql/pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "app/ports/store.hpp"

namespace motcua::store::testing {
namespace {

using namespace std::chrono_literals;

// What the pool's connections were asked, all of them together.
struct Asked {
  std::atomic<int> begins{0};
  std::atomic<int> queries{0};
  std::atomic<int> commits{0};
  std::atomic<int> rollbacks{0};
};

struct FakeConnection final : sql::SqlConnection {
  FakeConnection(std::atomic<int>& alive, Asked& asked) : alive_(alive), asked_(asked) { ++alive_; }
  ~FakeConnection() override { --alive_; }
  sql::Rows query(std::string_view, const sql::Params&) override {
    ++asked_.queries;
    return {};
  }
  void exec_script(std::string_view) override {}
  void begin(sql::Mode) override { ++asked_.begins; }
  void commit() override { ++asked_.commits; }
  void rollback() override { ++asked_.rollbacks; }
  bool healthy() const override { return healthy_; }

  std::atomic<int>& alive_;
  Asked& asked_;
  bool healthy_ = true;
};

class PoolTest : public ::testing::Test {
 protected:
  sql::ConnectionPool pool_{[this] {
                              if (refuse_) throw app::StoreUnavailable("server down");
                              return std::make_unique<FakeConnection>(alive_, asked_);
                            },
                            2, 50ms};
  std::atomic<int> alive_{0};
  Asked asked_;
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

// A transaction that runs no statement (a lookup whose reads went to a connection of their own)
// takes none: here it ends while every connection of the pool is lent.
TEST_F(PoolTest, ADeferredTransactionWithoutStatementsTakesNoConnection) {
  auto a = pool_.acquire();
  auto b = pool_.acquire();
  bool together = false;
  sql::run_deferred_transaction(pool_, sql::Mode::glance, true,
                                [&](sql::SqlConnection& db) { together = db.sends_together(); });
  EXPECT_TRUE(together) << "answered as the pool's connections would, without one";
  EXPECT_EQ(asked_.begins, 0);
  EXPECT_EQ(asked_.commits, 0);
}

TEST_F(PoolTest, ADeferredTransactionBeginsAtItsFirstStatementAndEndsAsAnyOther) {
  sql::run_deferred_transaction(pool_, sql::Mode::read, false, [](sql::SqlConnection& db) {
    db.query("SELECT 1", {});
    db.query("SELECT 2", {});
  });
  EXPECT_EQ(asked_.begins, 1);
  EXPECT_EQ(asked_.queries, 2);
  EXPECT_EQ(asked_.commits, 1);
  EXPECT_THROW(sql::run_deferred_transaction(pool_, sql::Mode::read, false,
                                             [](sql::SqlConnection& db) {
                                               db.query("SELECT 3", {});
                                               throw std::runtime_error("failed midway");
                                             }),
               std::runtime_error);
  EXPECT_EQ(asked_.rollbacks, 1);
  EXPECT_EQ(asked_.commits, 1);
  EXPECT_EQ(alive_, 1) << "given back after each, and lent again";
}

}  // namespace
}  // namespace motcua::store::testing
