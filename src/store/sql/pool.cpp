#include "store/sql/pool.hpp"

#include <optional>

#include "app/ports/store.hpp"

namespace motcua::store::sql {
namespace {

// Starts a transaction. Connections that broke while idle (a restarted server drops them all) are
// replaced, at most one pool's worth; a busy or unreachable database is reported at once.
ConnectionPool::Lease begin_transaction(ConnectionPool& pool, Mode mode) {
  for (std::size_t attempt = 0;; ++attempt) {
    auto lease = pool.acquire();
    try {
      lease->begin(mode);
      return lease;
    } catch (const app::StoreUnavailable&) {
      if (attempt >= pool.max_size() || lease->healthy()) throw;
      lease.discard();
    }
  }
}

}  // namespace

ConnectionPool::Lease::~Lease() {
  if (pool_) pool_->give_back(std::move(connection_));
}

ConnectionPool::ConnectionPool(Factory factory, std::size_t max_size,
                               std::chrono::milliseconds max_wait)
    : factory_(std::move(factory)), max_size_(max_size), max_wait_(max_wait) {}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  const bool ready =
      available_.wait_for(lock, max_wait_, [&] { return !idle_.empty() || open_ < max_size_; });
  if (!ready) throw app::StoreUnavailable("store: no database connection free in time");
  while (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    if (connection->healthy()) return Lease(*this, std::move(connection));
    --open_;  // dropped: the server went away while it was idle
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, factory_());
  } catch (...) {
    lock.lock();
    --open_;
    available_.notify_one();
    throw;
  }
}

void ConnectionPool::give_back(std::unique_ptr<SqlConnection> connection) {
  {
    std::lock_guard lock(mutex_);
    if (connection && connection->healthy()) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;
    }
  }
  available_.notify_one();
  // A broken connection is closed here, outside the lock.
}

namespace {

// A connection of the pool taken at the transaction's first statement rather than at its start.
class DeferredLease final : public SqlConnection {
 public:
  DeferredLease(ConnectionPool& pool, Mode mode, bool sends_together)
      : pool_(pool), mode_(mode), sends_together_(sends_together) {}

  Rows query(std::string_view sql, const Params& params) override {
    return taken().query(sql, params);
  }
  void exec_without_rows(std::string_view sql, const Params& params) override {
    taken().exec_without_rows(sql, params);
  }
  std::vector<Rows> query_together(const std::vector<Statement>& statements) override {
    return taken().query_together(statements);
  }
  bool sends_together() const override { return sends_together_; }
  void exec_script(std::string_view sql) override { taken().exec_script(sql); }
  void begin(Mode /*mode*/) override {}
  void commit() override {
    if (lease_) (*lease_)->commit();
  }
  void rollback() override {
    if (lease_) (*lease_)->rollback();
  }
  bool healthy() const override { return !lease_ || (*lease_)->healthy(); }
  void discard() {
    if (lease_) lease_->discard();
  }

 private:
  SqlConnection& taken() {
    if (!lease_) lease_.emplace(begin_transaction(pool_, mode_));
    return **lease_;
  }

  ConnectionPool& pool_;
  const Mode mode_;
  const bool sends_together_;
  std::optional<ConnectionPool::Lease> lease_;
};

// Commits what `work` did on `lease`, or rolls it back when it throws (the exception goes on).
template <class LeaseLike>
void run_on(LeaseLike& lease, SqlConnection& connection,
            const std::function<void(SqlConnection&)>& work) {
  try {
    work(connection);
    connection.commit();
  } catch (...) {
    try {
      connection.rollback();
    } catch (...) {
      lease.discard();  // its state is unknown: never lend it again
    }
    throw;
  }
}

}  // namespace

void run_transaction(ConnectionPool& pool, Mode mode,
                     const std::function<void(SqlConnection&)>& work) {
  auto lease = begin_transaction(pool, mode);
  run_on(lease, *lease, work);
}

void run_deferred_transaction(ConnectionPool& pool, Mode mode, bool sends_together,
                              const std::function<void(SqlConnection&)>& work) {
  DeferredLease lease(pool, mode, sends_together);
  run_on(lease, lease, work);
}

}  // namespace motcua::store::sql
