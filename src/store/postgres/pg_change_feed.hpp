#pragma once
// app::ChangeFeed over PostgreSQL's LISTEN/NOTIFY: one thread and one connection per node. A write
// announced here reaches every other node listening on the same database within a tenth of a
// second; announcements made meanwhile go out as one. The node's own echo is ignored.
#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "app/ports/change_feed.hpp"

namespace motcua::store::postgres {

class PgChangeFeed final : public app::ChangeFeed {
 public:
  // `on_change` runs on the feed's thread when another node announces, and after a reconnection
  // (announcements may have been missed while the connection was down).
  PgChangeFeed(std::string url, std::function<void()> on_change);
  ~PgChangeFeed() override;
  PgChangeFeed(const PgChangeFeed&) = delete;
  PgChangeFeed& operator=(const PgChangeFeed&) = delete;

  void announce() override { pending_.store(true, std::memory_order_relaxed); }

 private:
  void run();
  void listen_until_broken();

  const std::string url_;
  const std::function<void()> on_change_;
  std::atomic<bool> pending_{false};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace motcua::store::postgres
