// A national system that stops answering is tried a few times, then its messages wait untried
// while the other systems' messages go on, on both stores.
#include <map>
#include <mutex>

#include "app/outbox_delivery.hpp"
#include "fakes/ports.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

// EMC is down (no answer at all); every other system takes everything.
class HalfDownSender final : public app::MessageSender {
 public:
  bool connected(std::string_view) const override { return true; }
  app::SendOutcome send(const app::OutboxMessage& message) const override {
    const std::lock_guard lock(mutex_);
    ++sent_[message.system];
    if (message.system == "emc") return {false, 0, "", "", "connection refused"};
    return {true, 200, "", "{}", ""};
  }
  bool authentic(std::string_view, const std::vector<std::string>&,
                 const std::string&) const override {
    return false;
  }
  int sent(const std::string& system) const {
    const std::lock_guard lock(mutex_);
    return sent_[system];
  }

 private:
  mutable std::mutex mutex_;
  mutable std::map<std::string, int> sent_;
};

class OutboxBreakerTest : public StoreTest {
 protected:
  void queue(const std::string& system, int count) {
    write([&](app::Transaction& tx) {
      for (int i = 0; i < count; ++i) {
        app::OutboxMessage m;
        m.system = system;
        m.kind = system == "emc" ? "event" : "status";
        m.key = system + ":" + std::to_string(i);
        m.stream = m.key;  // each its own stream: all due at once
        m.body = "{}";
        tx.enqueue_message(m);
      }
    });
  }
  std::vector<app::OutboxMessage> listed(const std::string& system) {
    return read([&](app::Transaction& tx) { return tx.list_outbox({.system = system}); });
  }
};

TEST_F(OutboxBreakerTest, ASystemThatStopsAnsweringWaitsWhileTheOthersGoOn) {
  motcua::testing::ManualClock clock;
  motcua::testing::PlainCrypto crypto;
  motcua::testing::NoFiles files;
  app::Services services{*store_, files, clock, crypto, {}};
  const HalfDownSender sender;
  services.sender = &sender;
  services.policy.retry.first = std::chrono::milliseconds(1);
  app::SystemBreakers breakers({5, std::chrono::milliseconds(60000)});
  queue("emc", 12);
  queue("dvcqg", 4);
  app::OutboxDelivery delivery(
      services, [] { return 0.0; }, &breakers);
  while (delivery.run_once() > 0) {
  }
  EXPECT_EQ(sender.sent("emc"), 5) << "tried until the breaker opened";
  EXPECT_EQ(sender.sent("dvcqg"), 4);
  for (const auto& m : listed("dvcqg")) EXPECT_EQ(m.state, app::kOutboxDelivered);
  int untried = 0;
  for (const auto& m : listed("emc")) {
    EXPECT_EQ(m.state, app::kOutboxPending) << "nothing is dropped";
    if (m.attempts == 0) {
      ++untried;
      EXPECT_GE(m.next_attempt_ms, clock.now_ms() + 60000) << "held until the breaker closes";
    }
  }
  EXPECT_EQ(untried, 7);
}

}  // namespace
}  // namespace motcua::store::testing
