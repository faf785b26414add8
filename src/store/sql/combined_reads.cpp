#include "store/sql/combined_reads.hpp"

#include <algorithm>
#include <exception>
#include <unordered_map>

namespace motcua::store::sql {

// Each caller sleeps on its own condition, woken when its rows are in or when it is first in the
// queue as a statement ends: one condition for all woke every waiting caller at every statement,
// most of them only to sleep again.
struct CombinedReads::Waiter {
  std::string key;
  Rows rows;
  std::exception_ptr error;
  bool done = false;
  std::condition_variable woken;
};

Rows CombinedReads::rows_for(SqlConnection& db, const std::string& key, const Fetch& fetch) {
  Waiter me{key, {}, {}, false, {}};
  std::unique_lock lock(mutex_);
  waiting_.push_back(&me);
  while (!me.done) {
    if (running_) {
      me.woken.wait(lock);
    } else {
      run_batch(lock, db, fetch);
    }
  }
  if (me.error) std::rethrow_exception(me.error);
  return std::move(me.rows);
}

// Called with the lock held and no statement running; returns with the lock held.
void CombinedReads::run_batch(std::unique_lock<std::mutex>& lock, SqlConnection& db,
                              const Fetch& fetch) {
  running_ = true;
  std::vector<Waiter*> batch;
  std::vector<std::string> keys;
  std::unordered_map<std::string, std::vector<Waiter*>> by_key;
  while (!waiting_.empty() && (keys.size() < kMaxKeys || by_key.contains(waiting_.front()->key))) {
    auto* waiter = waiting_.front();
    waiting_.pop_front();
    batch.push_back(waiter);
    auto& same = by_key[waiter->key];
    if (same.empty()) keys.push_back(waiter->key);
    same.push_back(waiter);
  }
  lock.unlock();
  std::exception_ptr error;
  Rows rows;
  try {
    rows = fetch_on_own_or(db, keys, fetch);
  } catch (...) {
    error = std::current_exception();
  }
  lock.lock();
  for (auto& row : rows) {
    const auto found = by_key.find(row.text(0));
    if (found == by_key.end()) continue;
    for (auto* waiter : found->second) waiter->rows.push_back(row);
  }
  // Notified under the lock: once it sees `done`, a caller may return and free its condition.
  for (auto* waiter : batch) {
    waiter->error = error;
    waiter->done = true;
    waiter->woken.notify_one();
  }
  running_ = false;
  if (!waiting_.empty()) waiting_.front()->woken.notify_one();  // it runs the next statement
}

Rows CombinedReads::fetch_on_own_or(SqlConnection& db, const std::vector<std::string>& keys,
                                    const Fetch& fetch) {
  if (!own_) return fetch(db, keys);
  Rows rows;
  run_transaction(*own_, Mode::glance, [&](SqlConnection& own) { rows = fetch(own, keys); });
  return rows;
}

InList in_list(const std::string& column, const std::vector<std::string>& keys, std::size_t first) {
  std::size_t size = 1;
  while (size < keys.size()) size *= 2;
  InList list{column + " IN (", {}};
  for (std::size_t i = 0; i < size; ++i) {
    if (i > 0) list.sql += ", ";
    list.sql += "$" + std::to_string(first + i);
    list.params.emplace_back(keys.empty() ? std::string() : keys[std::min(i, keys.size() - 1)]);
  }
  list.sql += ")";
  return list;
}

}  // namespace motcua::store::sql
