// The national connections' records on both stores: the outbox delivers each key once and each
// stream in order, claims are leased and skip what another process holds, the log's chain is
// appended one entry at a time, and payments and postal news change only forward.
#include "app/outbox.hpp"

#include <set>
#include <thread>

#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

app::OutboxMessage message(const std::string& key, const std::string& stream, long long due = 0) {
  app::OutboxMessage m;
  m.system = "dvcqg";
  m.kind = "status";
  m.key = key;
  m.stream = stream;
  m.body = R"({"MaHoSo":"X"})";
  m.created_ms = due;
  m.next_attempt_ms = due;
  return m;
}

std::vector<std::string> keys_of(const std::vector<app::OutboxMessage>& messages) {
  std::vector<std::string> keys;
  for (const auto& m : messages) keys.push_back(m.key);
  return keys;
}

// Signs a head as "sig:<head>".
class PlainSealer final : public app::LogSealer {
 public:
  std::string seal(const std::string& digest) const override { return "sig:" + digest; }
  bool verify(const std::string& digest, const std::string& seal) const override {
    return seal == "sig:" + digest;
  }
};

app::IntegrationLogEntry seal_entry(const std::string& head, const std::string& signature) {
  return {.direction = "seal",
          .system = app::kLogSealSystem,
          .kind = "seal",
          .key = "seal:" + head,
          .request = head,
          .answer = signature,
          .at_ms = 5};
}

class OutboxTest : public StoreTest {
 protected:
  std::vector<app::OutboxMessage> claim(long long now, int limit = 10) {
    return write([&](app::Transaction& tx) { return tx.claim_messages(now, 60'000, limit); });
  }
  void deliver(app::OutboxMessage m, long long at) {
    m.state = app::kOutboxDelivered;
    m.delivered_ms = at;
    write([&](app::Transaction& tx) { tx.settle_message(m); });
  }
};

TEST_F(OutboxTest, AKeyIsQueuedOnce) {
  EXPECT_TRUE(write([](app::Transaction& tx) { return tx.enqueue_message(message("k1", "s")); }));
  EXPECT_FALSE(write([](app::Transaction& tx) { return tx.enqueue_message(message("k1", "s")); }));
  EXPECT_EQ(claim(0).size(), 1U);
}

TEST_F(OutboxTest, AMessageIsFoundByItsKey) {
  write([](app::Transaction& tx) { tx.enqueue_message(message("sms:X:3", "s")); });
  const auto found =
      write([](app::Transaction& tx) { return tx.find_outbox_message_by_key("sms:X:3"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->stream, "s");
  EXPECT_FALSE(
      write([](app::Transaction& tx) { return tx.find_outbox_message_by_key("sms:X:4"); }));
}

TEST_F(OutboxTest, AStreamIsDeliveredInOrderAndStreamsDoNotWaitForEachOther) {
  write([](app::Transaction& tx) {
    tx.enqueue_message(message("a1", "a"));
    tx.enqueue_message(message("a2", "a"));
    tx.enqueue_message(message("b1", "b"));
  });
  auto first = claim(0);
  EXPECT_EQ(keys_of(first), (std::vector<std::string>{"a1", "b1"}));
  EXPECT_TRUE(claim(1).empty()) << "claimed messages are leased; a2 waits for a1";
  deliver(first[0], 5);
  const auto next = claim(61'000);
  EXPECT_EQ(keys_of(next), (std::vector<std::string>{"a2", "b1"}))
      << "a2 follows a1, and b1's lease ran out (its process died): it is claimed again";
}

TEST_F(OutboxTest, AFailedMessageWaitsForItsNextAttemptAndParkedOnesLetTheStreamGo) {
  write([](app::Transaction& tx) {
    tx.enqueue_message(message("a1", "a"));
    tx.enqueue_message(message("a2", "a"));
  });
  auto failed = claim(0).front();
  failed.attempts = 1;
  failed.next_attempt_ms = 10'000;
  failed.last_error = "HTTP 503";
  write([&](app::Transaction& tx) { tx.settle_message(failed); });
  EXPECT_TRUE(claim(9'999).empty());
  ASSERT_EQ(claim(10'000).size(), 1U);
  failed.state = app::kOutboxParked;
  write([&](app::Transaction& tx) { tx.settle_message(failed); });
  EXPECT_EQ(keys_of(claim(70'001)), std::vector<std::string>{"a2"});
  const auto counts = read([](app::Transaction& tx) { return tx.count_outbox(); });
  ASSERT_EQ(counts.size(), 1U);
  EXPECT_EQ(counts[0].parked, 1);
  EXPECT_EQ(counts[0].pending, 1);
  EXPECT_EQ(counts[0].last_error, "HTTP 503");
}

// A process whose send outlasted its lease finds the message claimed again by another: its outcome
// is not written over the other's, nor over an administrator's change.
TEST_F(OutboxTest, AnOutcomeIsWrittenOnlyUnderTheClaimItWasSentUnder) {
  write([](app::Transaction& tx) { tx.enqueue_message(message("a1", "a")); });
  auto slow = claim(0).front();
  const auto slow_claim = slow.next_attempt_ms;
  auto other = db_->open();
  std::vector<app::OutboxMessage> again;
  other->write([&](app::Transaction& tx) { again = tx.claim_messages(slow_claim, 60'000, 10); });
  ASSERT_EQ(again.size(), 1U) << "the lease ran out";
  slow.state = app::kOutboxDelivered;
  slow.delivered_ms = slow_claim + 1;
  EXPECT_FALSE(
      write([&](app::Transaction& tx) { return tx.settle_claimed_message(slow, slow_claim); }));
  auto fresh = again.front();
  fresh.attempts = 1;
  fresh.last_error = "HTTP 503";
  const auto fresh_claim = fresh.next_attempt_ms;
  fresh.next_attempt_ms = fresh_claim + 5'000;
  EXPECT_TRUE(
      write([&](app::Transaction& tx) { return tx.settle_claimed_message(fresh, fresh_claim); }));
  const auto stored =
      read([](app::Transaction& tx) { return tx.find_outbox_message_by_key("a1"); });
  EXPECT_EQ(stored->state, app::kOutboxPending);
  EXPECT_EQ(stored->last_error, "HTTP 503");
  EXPECT_EQ(stored->attempts, 1);

  auto parked = *stored;
  parked.state = app::kOutboxParked;
  write([&](app::Transaction& tx) { tx.settle_message(parked); });  // an administrator
  EXPECT_FALSE(write(
      [&](app::Transaction& tx) { return tx.settle_claimed_message(fresh, fresh_claim + 5'000); }));
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.find_outbox_message_by_key("a1"); })->state,
            app::kOutboxParked);
}

TEST_F(OutboxTest, TwoProcessesNeverClaimTheSameMessage) {
  write([](app::Transaction& tx) {
    for (int i = 0; i < 40; ++i)
      tx.enqueue_message(message("k" + std::to_string(i), "s" + std::to_string(i)));
  });
  auto other = db_->open();
  std::vector<app::OutboxMessage> mine;
  std::vector<app::OutboxMessage> theirs;
  std::thread racer([&] {
    for (int i = 0; i < 10; ++i)
      other->write([&](app::Transaction& tx) {
        auto got = tx.claim_messages(0, 60'000, 3);
        theirs.insert(theirs.end(), got.begin(), got.end());
      });
  });
  for (int i = 0; i < 10; ++i) {
    auto got = claim(0, 3);
    mine.insert(mine.end(), got.begin(), got.end());
  }
  racer.join();
  std::set<std::string> seen;
  for (const auto& m : mine) EXPECT_TRUE(seen.insert(m.key).second) << m.key;
  for (const auto& m : theirs) EXPECT_TRUE(seen.insert(m.key).second) << m.key;
  EXPECT_EQ(seen.size(), 40U);
}

TEST_F(OutboxTest, TheLogChainsEachEntryToTheOneBefore) {
  EXPECT_EQ(write([](app::Transaction& tx) { return tx.lock_log_head(); }), "");
  write([](app::Transaction& tx) {
    app::IntegrationLogEntry entry;
    entry.direction = "out";
    entry.system = "emc";
    entry.kind = "event";
    entry.key = "emc:1";
    entry.prev_hash = tx.lock_log_head();
    entry.hash = "h1";
    tx.append_log(entry);
    entry.prev_hash = tx.lock_log_head();
    entry.hash = "h2";
    tx.append_log(entry);
  });
  const auto entries = read([](app::Transaction& tx) { return tx.list_log_from(0, 10); });
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].prev_hash, "");
  EXPECT_EQ(entries[1].prev_hash, "h1");
  EXPECT_EQ(
      read([](app::Transaction& tx) { return tx.list_log(std::nullopt, "emc", 1); }).front().hash,
      "h2");
}

TEST_F(OutboxTest, AnInboundKeyIsAcceptedOnceAndCursorsMoveWhereTheyAreSet) {
  EXPECT_TRUE(write([](app::Transaction& tx) { return tx.accept_inbound("k", "paygov", "x", 1); }));
  EXPECT_FALSE(
      write([](app::Transaction& tx) { return tx.accept_inbound("k", "paygov", "x", 2); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.cursor("dvcqg").has_value(); }));
  write([](app::Transaction& tx) { tx.set_cursor("dvcqg", "7"); });
  write([](app::Transaction& tx) { tx.set_cursor("dvcqg", "9"); });
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.cursor("dvcqg"); }), "9");
}

TEST_F(OutboxTest, APaymentIsPaidOnceAndPostalNewsNeverGoesBack) {
  const auto world = write([](app::Transaction& tx) { return make_dossier_world(tx); });
  const auto dossier_id = write([&](app::Transaction& tx) {
    return tx.insert_dossier(sample_dossier(world, "H29.12.05-251009-0001"));
  });
  app::Payment payment;
  payment.payment_id = "TT-1";
  payment.dossier_id = dossier_id;
  payment.request_seq = 4;
  payment.amount = 50'000;
  payment.created_at = at(1'760'000'000);
  write([&](app::Transaction& tx) { tx.insert_payment(payment); });
  payment.state = app::kPaymentPaid;
  payment.transaction_id = "PG1";
  payment.paid_at = at(1'760'000'100);
  EXPECT_TRUE(write(
      [&](app::Transaction& tx) { return tx.transition_payment(payment, app::kPaymentPending); }));
  EXPECT_FALSE(write([&](app::Transaction& tx) {
    return tx.transition_payment(payment, app::kPaymentPending);
  })) << "a second confirmation finds it paid already";
  const auto found = read([](app::Transaction& tx) { return tx.find_payment_for_request(0, 0); });
  EXPECT_FALSE(found);
  const auto listed = read([&](app::Transaction& tx) { return tx.list_payments(dossier_id); });
  ASSERT_EQ(listed.size(), 1U);
  EXPECT_EQ(listed[0].state, "paid");
  EXPECT_EQ(listed[0].transaction_id, "PG1");
  EXPECT_TRUE(read([](app::Transaction& tx) {
                return tx.list_payments_in_state("pending", at(2'000'000'000), 10);
              }).empty());

  app::PostalOrder order;
  order.order_number = "H29.12.05-251009-0001-KQ";
  order.dossier_id = dossier_id;
  order.service = "result";
  order.status = "requested";
  order.created_at = at(1'760'000'000);
  order.updated_at = order.created_at;
  write([&](app::Transaction& tx) { tx.insert_postal_order(order); });
  const auto news = [&](int seq, const std::string& status, const std::string& item) {
    auto update = order;
    update.status_seq = seq;
    update.status = status;
    update.item_code = item;
    write([&](app::Transaction& tx) { tx.update_postal_order(update); });
  };
  news(3, "in_transit", "EB000000001VN");
  news(2, "picked_up", "");  // late news
  const auto kept = read([&](app::Transaction& tx) { return tx.list_postal_orders(dossier_id); });
  ASSERT_EQ(kept.size(), 1U);
  EXPECT_EQ(kept[0].status, "in_transit");
  EXPECT_EQ(kept[0].status_seq, 3);
  EXPECT_EQ(kept[0].item_code, "EB000000001VN");
}

TEST_F(OutboxTest, AVneidSignInIsTakenOnce) {
  write([](app::Transaction& tx) {
    tx.insert_oidc_login({"state1", "nonce", "verifier", "/", at(1'760'000'000)});
  });
  const auto taken = write([](app::Transaction& tx) { return tx.take_oidc_login("state1"); });
  ASSERT_TRUE(taken);
  EXPECT_EQ(taken->nonce, "nonce");
  EXPECT_FALSE(write([](app::Transaction& tx) { return tx.take_oidc_login("state1"); }));
}

}  // namespace
}  // namespace motcua::store::testing

namespace motcua::store::testing {
namespace {

TEST_F(OutboxTest, ASealMustSignTheHeadBeforeIt) {
  const PlainSealer sealer;
  write([&](app::Transaction& tx) {
    app::append_log(tx, {.direction = "out", .system = "emc", .kind = "event", .key = "emc:1"});
    const auto head = tx.lock_log_head();
    app::append_log(tx, seal_entry(head, sealer.seal(head)));
  });
  auto check = read([&](app::Transaction& tx) { return app::check_log_chain(tx, &sealer); });
  EXPECT_EQ(check.seals, 1);
  EXPECT_FALSE(check.first_bad_seal_id);
  EXPECT_EQ(check.last_sealed_ms, 5);

  write([&](app::Transaction& tx) {
    app::append_log(tx, {.direction = "out", .system = "emc", .kind = "event", .key = "emc:2"});
    const auto head = tx.lock_log_head();
    app::append_log(tx, seal_entry(head, "sig:" + std::string(64, '0')));
  });
  check = read([&](app::Transaction& tx) { return app::check_log_chain(tx, &sealer); });
  EXPECT_FALSE(check.first_broken_id) << "the chain itself holds";
  ASSERT_TRUE(check.first_bad_seal_id) << "the seal signs another head";
  const auto last_seal =
      read([](app::Transaction& tx) { return tx.list_log(std::nullopt, app::kLogSealSystem, 1); });
  EXPECT_EQ(*check.first_bad_seal_id, last_seal.at(0).id);
}

}  // namespace
}  // namespace motcua::store::testing
