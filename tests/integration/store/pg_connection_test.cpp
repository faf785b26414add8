// The PostgreSQL connection sends a transaction's BEGIN with its first statement, prepares a
// statement in the round trip of its first run and leaves a read's COMMIT unanswered until the
// next use. What callers rely on must hold all the same: a transaction is all or nothing, a read
// sees one snapshot, a failed statement leaves the connection usable, and a connection the server
// dropped while idle is replaced without the caller noticing (with its session settings), while
// one dropped inside a transaction is reported.
#include "store/postgres/pg_connection.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "app/ports/store.hpp"
#include "store/postgres/pg_pool.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using postgres::PgConnection;
using sql::Mode;

class PgConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>();
    if (!db_->is_postgresql()) GTEST_SKIP() << "PostgreSQL's own driver";
    db_->exec("CREATE TABLE items (id integer PRIMARY KEY, label text)");
  }

  long long count_items() {
    PgConnection other(db_->postgresql_url());
    other.begin(Mode::glance);
    const auto n = other.query("SELECT count(*) FROM items", {}).at(0).integer(0);
    other.commit();
    return n;
  }

  static void insert(PgConnection& db, long long id) {
    db.exec("INSERT INTO items (id, label) VALUES ($1, $2)", {id, "nhãn"});
  }

  std::unique_ptr<TestDatabase> db_;
};

TEST_F(PgConnectionTest, AWriteIsAllOrNothing) {
  PgConnection db(db_->postgresql_url());
  db.begin(Mode::write);
  insert(db, 1);
  insert(db, 2);
  db.rollback();
  EXPECT_EQ(count_items(), 0);
  db.begin(Mode::write);
  insert(db, 1);
  insert(db, 2);
  db.commit();
  EXPECT_EQ(count_items(), 2);
}

// Bytes go in the server's binary format beside text and NULL parameters of the same statement:
// every byte value, a zero byte included, arrives as sent.
TEST_F(PgConnectionTest, BytesTravelAsTheyAreBesideTextAndNull) {
  std::string bytes(512, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i % 256);
  db_->exec("CREATE TABLE blobs (id integer PRIMARY KEY, label text, note text, content bytea)");
  PgConnection db(db_->postgresql_url());
  db.begin(Mode::write);
  db.exec("INSERT INTO blobs (id, label, note, content) VALUES ($1, $2, $3, $4)",
          {1, "nhãn", std::nullopt, sql::Bytes{bytes}});
  db.exec("INSERT INTO blobs (id, label, note, content) VALUES ($1, $2, $3, $4)",
          {2, "rỗng", std::nullopt, sql::Bytes{}});
  db.commit();
  db.begin(Mode::read);
  const auto rows = db.query(
      "SELECT label, note IS NULL, length(content), encode(content, 'hex') FROM blobs ORDER BY id",
      {});
  db.commit();
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].text(0), "nhãn");
  EXPECT_EQ(rows[0].text(1), "t");
  EXPECT_EQ(rows[0].integer(2), 512);
  std::string hex;
  for (const unsigned char c : bytes) hex += fmt::format("{:02x}", c);
  EXPECT_EQ(rows[0].text(3), hex);
  EXPECT_EQ(rows[1].text(0), "rỗng");
  EXPECT_EQ(rows[1].integer(2), 0);
}

TEST_F(PgConnectionTest, AReadSeesOneSnapshotAndTheNextReadSeesLaterWrites) {
  PgConnection db(db_->postgresql_url());
  PgConnection writer(db_->postgresql_url());
  const auto count = [&] { return db.query("SELECT count(*) FROM items", {}).at(0).integer(0); };
  db.begin(Mode::read);
  EXPECT_EQ(count(), 0);
  writer.begin(Mode::write);
  insert(writer, 1);
  writer.commit();
  EXPECT_EQ(count(), 0) << "the read's snapshot";
  db.commit();
  db.begin(Mode::read);
  EXPECT_EQ(count(), 1);
  db.commit();
  db.begin(Mode::glance);
  EXPECT_EQ(count(), 1);
  db.commit();
}

TEST_F(PgConnectionTest, AStatementFailingOnItsFirstRunStaysPrepared) {
  db_->exec("INSERT INTO items (id, label) VALUES (7, 'x')");
  PgConnection db(db_->postgresql_url());
  const auto insert_returning = [&](long long id) {
    return db.query("INSERT INTO items (id, label) VALUES ($1, 'y') RETURNING id", {id});
  };
  db.begin(Mode::write);
  EXPECT_THROW(insert_returning(7), app::StoreConflict);
  db.rollback();
  EXPECT_TRUE(db.healthy());
  db.begin(Mode::write);
  // The same text, run under the name it was prepared with.
  EXPECT_EQ(insert_returning(8).at(0).integer(0), 8);
  db.commit();
  EXPECT_EQ(count_items(), 2);
}

TEST_F(PgConnectionTest, AWritesStatementsWithoutRowsAreDoneBeforeItsNextQuery) {
  PgConnection db(db_->postgresql_url());
  db.begin(Mode::write);
  insert(db, 1);
  insert(db, 2);
  EXPECT_EQ(db.query("SELECT count(*) FROM items", {}).at(0).integer(0), 2);
  for (long long id = 3; id <= 200; ++id) insert(db, id);  // more than one round trip holds
  db.commit();
  EXPECT_EQ(count_items(), 200);
}

// An insert's conflict found at the COMMIT it travelled with fails the whole transaction, as it
// would have failed at the insert; the connection stays usable.
TEST_F(PgConnectionTest, AConflictSentWithTheCommitFailsTheWholeTransaction) {
  db_->exec("INSERT INTO items (id, label) VALUES (7, 'x')");
  PgConnection db(db_->postgresql_url());
  db.begin(Mode::write);
  insert(db, 1);
  insert(db, 7);
  insert(db, 2);
  EXPECT_THROW(db.commit(), app::StoreConflict);
  db.rollback();  // as the pool does after a failed commit
  EXPECT_EQ(count_items(), 1);
  EXPECT_TRUE(db.healthy());
  db.begin(Mode::write);
  insert(db, 7);
  EXPECT_THROW(db.query("SELECT count(*) FROM items", {}), app::StoreConflict);
  db.rollback();
  db.begin(Mode::write);
  insert(db, 8);
  db.commit();
  EXPECT_EQ(count_items(), 2);
}

TEST_F(PgConnectionTest, AStatementTheServerCannotPrepareIsReportedAndForgotten) {
  PgConnection db(db_->postgresql_url());
  for (int i = 0; i < 2; ++i) {
    db.begin(Mode::write);
    EXPECT_THROW(db.query("SELEC 1", {}), std::runtime_error) << i;
    db.rollback();
  }
  EXPECT_TRUE(db.healthy());
  db.begin(Mode::write);
  insert(db, 1);
  db.commit();
  EXPECT_EQ(count_items(), 1);
}

TEST_F(PgConnectionTest, ATransactionWithoutStatementsCostsNothingAndEndsCleanly) {
  PgConnection db(db_->postgresql_url());
  for (const auto mode : {Mode::read, Mode::write, Mode::glance}) {
    db.begin(mode);
    db.commit();
    db.begin(mode);
    db.rollback();
  }
  db.begin(Mode::write);
  insert(db, 1);
  db.commit();
  EXPECT_EQ(count_items(), 1);
}

TEST_F(PgConnectionTest, AConnectionDroppedWhileIdleIsReplacedWithItsSettings) {
  PgConnection db(db_->postgresql_url(), "SET synchronous_commit = off");
  db.begin(Mode::read);
  EXPECT_EQ(db.query("SHOW synchronous_commit", {}).at(0).text(0), "off");
  db.commit();  // its answer still unread
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  db_->end_sessions();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  db.begin(Mode::write);
  insert(db, 1);
  EXPECT_EQ(db.query("SHOW synchronous_commit", {}).at(0).text(0), "off");
  EXPECT_EQ(db.query("SHOW TIME ZONE", {}).at(0).text(0), "UTC");
  db.commit();
  EXPECT_EQ(count_items(), 1);
  EXPECT_TRUE(db.healthy());
  // A write whose statements all travel with its COMMIT is not sent into a dead connection.
  db_->end_sessions();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  db.begin(Mode::write);
  insert(db, 2);
  db.commit();
  EXPECT_EQ(count_items(), 2);
}

TEST_F(PgConnectionTest, AConnectionDroppedInsideATransactionIsReported) {
  for (const bool then_commit : {false, true}) {
    PgConnection db(db_->postgresql_url());
    db.begin(Mode::write);
    insert(db, 1);
    EXPECT_EQ(db.query("SELECT count(*) FROM items", {}).at(0).integer(0), 1);
    insert(db, 2);
    db_->end_sessions();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (then_commit) {
      EXPECT_THROW(db.commit(), app::StoreUnavailable);
    } else {
      EXPECT_THROW(db.query("SELECT 1", {}), app::StoreUnavailable);
    }
    EXPECT_FALSE(db.healthy());
    EXPECT_EQ(count_items(), 0) << "nothing of the lost transaction was kept";
  }
}

// How the files' pool commits without waiting for the log's flush, set once per connection (with
// a value that neither the test cluster, which never waits, nor PostgreSQL's default has).
TEST_F(PgConnectionTest, APoolsConnectionsRunItsSessionSettings) {
  auto pool = postgres::open_pg_pool(db_->postgresql_url(), 1, "SET synchronous_commit = local");
  std::string setting;
  sql::run_transaction(*pool, Mode::read, [&](sql::SqlConnection& db) {
    setting = db.query("SHOW synchronous_commit", {}).at(0).text(0);
  });
  EXPECT_EQ(setting, "local");
}

}  // namespace
}  // namespace motcua::store::testing
