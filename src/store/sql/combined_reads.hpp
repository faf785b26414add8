#pragma once
// Reads of one kind asked by several callers at once, answered by one statement. On a database
// server each statement is a round trip whose cost (two processes woken, the network stack
// crossed twice) is larger than an indexed read of a few rows: the public lookup of random codes
// spent as much of the server's time sending and receiving as PostgreSQL spent answering. A
// caller that finds no statement of its kind running runs one for every key asked so far (up to
// kMaxKeys); those that arrive meanwhile wait for it to end, and the first of them still
// unanswered then runs the next one for all who wait. Alone, a caller runs its own statement at
// once: nobody waits for company. Only for reads that need no snapshot of their own
// (Mode::glance): a combined statement sees the latest committed data, as each would.
//
// Given a connection of its own (read_on), every statement runs there rather than on the
// connection of whoever runs it: on PostgreSQL each connection is a process that maps each page of
// the shared buffers the first time it reads it, so the lookups' pages are then mapped by one
// process instead of by every worker's.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/sql/connection.hpp"
#include "store/sql/pool.hpp"

namespace motcua::store::sql {

class CombinedReads {
 public:
  static constexpr std::size_t kMaxKeys = 16;
  // The rows of all `keys` (distinct, at most kMaxKeys); each row's first column is its key.
  using Fetch = std::function<Rows(SqlConnection&, const std::vector<std::string>& keys)>;

  // The rows whose first column is `key`, read on `db` or on the connection of whoever ran the
  // statement that answered it. Rethrows what that statement threw.
  Rows rows_for(SqlConnection& db, const std::string& key, const Fetch& fetch);
  // Every statement on a connection of `own` (one is enough: statements run one at a time).
  void read_on(std::unique_ptr<ConnectionPool> own) { own_ = std::move(own); }

 private:
  struct Waiter;
  void run_batch(std::unique_lock<std::mutex>& lock, SqlConnection& db, const Fetch& fetch);
  Rows fetch_on_own_or(SqlConnection& db, const std::vector<std::string>& keys, const Fetch& fetch);

  std::mutex mutex_;
  std::deque<Waiter*> waiting_;
  bool running_ = false;
  std::unique_ptr<ConnectionPool> own_;
};

// `column IN ($first, …)` for `keys` padded by repetition to a power of two, so that a connection
// prepares a handful of statement texts, not one per batch size; with the padded parameters.
struct InList {
  std::string sql;
  Params params;
};
InList in_list(const std::string& column, const std::vector<std::string>& keys,
               std::size_t first = 1);

}  // namespace motcua::store::sql
