// Nodes on one PostgreSQL database tell each other to drop what they keep in memory.
#include <atomic>
#include <chrono>
#include <thread>

#include "integration/store/store_fixture.hpp"
#include "store/postgres/pg_change_feed.hpp"

namespace motcua::store::testing {
namespace {

using namespace std::chrono_literals;

class ChangeFeedTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!db_->is_postgresql()) GTEST_SKIP() << "LISTEN/NOTIFY is PostgreSQL's";
  }
};

// True once `heard` reaches `count` within two seconds.
bool hears(const std::atomic<int>& heard, int count) {
  for (int i = 0; i < 200 && heard.load() < count; ++i) std::this_thread::sleep_for(10ms);
  return heard.load() >= count;
}

TEST_F(ChangeFeedTest, AnotherNodeHearsAnAnnouncementAndTheAnnouncerDoesNot) {
  std::atomic<int> first_heard{0};
  std::atomic<int> second_heard{0};
  postgres::PgChangeFeed first(db_->postgresql_url(), [&] { ++first_heard; });
  postgres::PgChangeFeed second(db_->postgresql_url(), [&] { ++second_heard; });
  std::this_thread::sleep_for(300ms);  // both listening

  first.announce();
  EXPECT_TRUE(hears(second_heard, 1));
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(first_heard.load(), 0) << "a node's own echo is ignored";

  second.announce();
  EXPECT_TRUE(hears(first_heard, 1));
}

TEST_F(ChangeFeedTest, AnnouncementsMadeTogetherGoOutAsOne) {
  std::atomic<int> heard{0};
  postgres::PgChangeFeed listener(db_->postgresql_url(), [&] { ++heard; });
  postgres::PgChangeFeed writer(db_->postgresql_url(), [] {});
  std::this_thread::sleep_for(300ms);
  for (int i = 0; i < 50; ++i) writer.announce();
  EXPECT_TRUE(hears(heard, 1));
  std::this_thread::sleep_for(300ms);
  EXPECT_LE(heard.load(), 2);
}

TEST_F(ChangeFeedTest, AfterLosingItsConnectionANodeDropsWhatItKeptAndListensAgain) {
  std::atomic<int> heard{0};
  postgres::PgChangeFeed listener(db_->postgresql_url(), [&] { ++heard; });
  std::this_thread::sleep_for(300ms);
  db_->end_sessions();  // as a database restart would
  // It missed whatever was announced meanwhile, so it drops everything once reconnected.
  ASSERT_TRUE(hears(heard, 1));
  const int after_reconnect = heard.load();
  std::this_thread::sleep_for(1500ms);  // listening again
  postgres::PgChangeFeed writer(db_->postgresql_url(), [] {});
  std::this_thread::sleep_for(300ms);
  writer.announce();
  EXPECT_TRUE(hears(heard, after_reconnect + 1));
}

}  // namespace
}  // namespace motcua::store::testing
