#include "store/postgres/pg_change_feed.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/notification>
#include <utility>

namespace motcua::store::postgres {
namespace {

constexpr const char* kChannel = "motcua_changes";
constexpr long kPollMicroseconds = 100'000;
constexpr auto kReconnectPause = std::chrono::seconds(1);

class Receiver final : public pqxx::notification_receiver {
 public:
  Receiver(pqxx::connection& connection, const std::function<void()>& on_change)
      : pqxx::notification_receiver(connection, kChannel),
        own_pid_(connection.backendpid()),
        on_change_(on_change) {}
  void operator()(const std::string&, int backend_pid) override {
    if (backend_pid != own_pid_) on_change_();
  }

 private:
  const int own_pid_;
  const std::function<void()>& on_change_;
};

}  // namespace

PgChangeFeed::PgChangeFeed(std::string url, std::function<void()> on_change)
    : url_(std::move(url)), on_change_(std::move(on_change)), thread_([this] { run(); }) {}

PgChangeFeed::~PgChangeFeed() {
  stopping_ = true;
  thread_.join();
}

void PgChangeFeed::run() {
  bool first = true;
  while (!stopping_) {
    try {
      if (!first) on_change_();  // what was announced while we were away
      first = false;
      listen_until_broken();
    } catch (const std::exception& e) {
      spdlog::warn("change feed: {}; listening again in a second", e.what());
      std::this_thread::sleep_for(kReconnectPause);
    }
  }
}

void PgChangeFeed::listen_until_broken() {
  pqxx::connection connection(url_);
  Receiver receiver(connection, on_change_);
  while (!stopping_) {
    connection.await_notification(0, kPollMicroseconds);
    if (pending_.exchange(false, std::memory_order_relaxed)) {
      pqxx::nontransaction notify(connection);
      notify.exec(std::string("NOTIFY ") + kChannel);
    }
  }
}

}  // namespace motcua::store::postgres
