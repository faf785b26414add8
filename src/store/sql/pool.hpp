#pragma once
// A bounded pool of driver connections: opened on demand up to a maximum, lent one at a time,
// replaced when broken. A caller that waits longer than the limit gets app::StoreUnavailable
// instead of queueing forever.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "store/sql/connection.hpp"

namespace motcua::store::sql {

class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<SqlConnection>()>;

  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<SqlConnection> connection)
        : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept
        : pool_(std::exchange(other.pool_, nullptr)), connection_(std::move(other.connection_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    SqlConnection& operator*() const { return *connection_; }
    SqlConnection* operator->() const { return connection_.get(); }
    // Closes the connection instead of returning it (after an error of unknown effect).
    void discard() { connection_.reset(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  ConnectionPool(Factory factory, std::size_t max_size, std::chrono::milliseconds max_wait);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  Lease acquire();
  std::size_t max_size() const { return max_size_; }

 private:
  void give_back(std::unique_ptr<SqlConnection> connection);

  Factory factory_;
  const std::size_t max_size_;
  const std::chrono::milliseconds max_wait_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  std::size_t open_ = 0;
};

// Runs `work` in one transaction on a connection of `pool`: committed when it returns, rolled back
// when it throws (the exception goes on).
void run_transaction(ConnectionPool& pool, Mode mode,
                     const std::function<void(SqlConnection&)>& work);
// The same, taking the connection only when `work` runs its first statement, and none if it runs
// none: a lookup whose reads all go to a connection of their own (CombinedReads::read_on) then
// holds none of the pool's while it waits for them. `sends_together`: what the pool's connections
// answer to SqlConnection::sends_together.
void run_deferred_transaction(ConnectionPool& pool, Mode mode, bool sends_together,
                              const std::function<void(SqlConnection&)>& work);

}  // namespace motcua::store::sql
