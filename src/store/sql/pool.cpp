#include "store/sql/pool.hpp"

#include "app/ports/store.hpp"

namespace motcua::store::sql {

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

}  // namespace motcua::store::sql
