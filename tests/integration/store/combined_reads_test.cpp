// Reads of one kind asked at once by several callers, answered by one statement: each caller gets
// the rows of its own key and nothing else, a caller alone is answered at once, a statement holds
// at most kMaxKeys keys, and what the statement throws reaches every caller it answered.
#include "store/sql/combined_reads.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace motcua::store::sql {
namespace {

// Answers nothing by itself: the fetch functions below make the rows.
class NoConnection final : public SqlConnection {
 public:
  Rows query(std::string_view, const Params&) override { return {}; }
  void exec_script(std::string_view) override {}
  void begin(Mode) override {}
  void commit() override {}
  void rollback() override {}
  bool healthy() const override { return true; }
};

Row row_of(const std::string& key, long long n) { return Row({Value(key), Value(n)}); }

TEST(CombinedReads, ACallerAloneIsAnsweredByItsOwnStatement) {
  CombinedReads reads;
  NoConnection db;
  std::vector<std::vector<std::string>> asked;
  const auto rows = reads.rows_for(db, "A", [&](SqlConnection&, const auto& keys) {
    asked.push_back(keys);
    return Rows{row_of("A", 1), row_of("A", 2), row_of("B", 3)};
  });
  ASSERT_EQ(asked.size(), 1U);
  EXPECT_EQ(asked[0], std::vector<std::string>{"A"});
  ASSERT_EQ(rows.size(), 2U) << "only the rows of its key, in the statement's order";
  EXPECT_EQ(rows[0].integer(1), 1);
  EXPECT_EQ(rows[1].integer(1), 2);
  EXPECT_TRUE(reads.rows_for(db, "C", [](SqlConnection&, const auto&) { return Rows{}; }).empty());
}

// The first caller's statement is held until the others wait; they are then answered by as few
// statements as kMaxKeys allows, each with the rows of its own key.
TEST(CombinedReads, CallersArrivingDuringAStatementShareTheNext) {
  CombinedReads reads;
  NoConnection db;
  std::mutex mutex;
  std::condition_variable changed;
  bool release = false;
  int statements = 0;
  std::size_t largest = 0;
  const auto fetch = [&](SqlConnection&, const std::vector<std::string>& keys) {
    std::unique_lock lock(mutex);
    ++statements;
    largest = std::max(largest, keys.size());
    changed.wait(lock, [&] { return release || statements > 1; });
    Rows rows;
    for (const auto& key : keys) rows.push_back(row_of(key, std::stoll(key.substr(1))));
    return rows;
  };
  constexpr int kCallers = 40;
  std::atomic<int> started{0};
  std::atomic<int> wrong{0};
  std::vector<std::thread> callers;
  // Each caller asks for its own key; two callers share each key.
  for (int i = 0; i < kCallers; ++i) {
    callers.emplace_back([&, i] {
      const auto key = "k" + std::to_string(i % (kCallers / 2));
      ++started;
      const auto rows = reads.rows_for(db, key, fetch);
      if (rows.size() != 1 || rows[0].text(0) != key) ++wrong;
    });
  }
  // The first statement, whoever runs it, is held until every caller has asked and had time to
  // queue behind it.
  while (started.load() < kCallers) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  {
    const std::lock_guard lock(mutex);
    release = true;
  }
  changed.notify_all();
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_LE(largest, CombinedReads::kMaxKeys);
  EXPECT_LT(statements, kCallers / 2) << "callers who waited were combined";
}

TEST(CombinedReads, WhatTheStatementThrowsReachesEveryCallerItAnswered) {
  CombinedReads reads;
  NoConnection db;
  EXPECT_THROW(reads.rows_for(db, "A",
                              [](SqlConnection&, const auto&) -> Rows {
                                throw std::runtime_error("database gone");
                              }),
               std::runtime_error);
  // The next caller is not stuck behind the failed statement.
  EXPECT_EQ(
      reads.rows_for(db, "A", [](SqlConnection&, const auto&) { return Rows{row_of("A", 1)}; })
          .size(),
      1U);
}

// Given a pool of its own, every statement runs on one connection of it, never on the caller's.
TEST(CombinedReads, StatementsRunOnTheirOwnConnectionWhenGivenOne) {
  CombinedReads reads;
  int opened = 0;
  reads.read_on(std::make_unique<ConnectionPool>(
      [&] {
        ++opened;
        return std::make_unique<NoConnection>();
      },
      1, std::chrono::milliseconds(1000)));
  NoConnection db;
  std::vector<const SqlConnection*> used;
  const auto fetch = [&](SqlConnection& connection, const auto& keys) {
    used.push_back(&connection);
    return Rows{row_of(keys.front(), 1)};
  };
  EXPECT_EQ(reads.rows_for(db, "A", fetch).size(), 1U);
  EXPECT_EQ(reads.rows_for(db, "B", fetch).size(), 1U);
  ASSERT_EQ(used.size(), 2U);
  EXPECT_NE(used[0], &db);
  EXPECT_EQ(used[0], used[1]) << "the same connection, kept between statements";
  EXPECT_EQ(opened, 1);
}

TEST(CombinedReads, AnInListIsPaddedToAPowerOfTwo) {
  const auto one = in_list("d.code", {"A"});
  EXPECT_EQ(one.sql, "d.code IN ($1)");
  EXPECT_EQ(one.params, Params{Value("A")});
  const auto three = in_list("d.code", {"A", "B", "C"}, 2);
  EXPECT_EQ(three.sql, "d.code IN ($2, $3, $4, $5)");
  EXPECT_EQ(three.params, (Params{Value("A"), Value("B"), Value("C"), Value("C")}));
}

}  // namespace
}  // namespace motcua::store::sql
