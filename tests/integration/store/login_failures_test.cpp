// failed sign-ins per (user name, client address) (migration 7).
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using LoginFailuresTest = StoreTest;

TEST_F(LoginFailuresTest, AreKeptPerNameAndAddress) {
  const app::LoginFailures first{"quantri", "198.51.100.7", 5, at(1'760'000'000),
                                 at(1'760'000'900)};
  const app::LoginFailures second{"quantri", "198.51.100.8", 1, at(1'760'000'100), std::nullopt};
  write([&](app::Transaction& tx) {
    tx.save_login_failures(first);
    tx.save_login_failures(second);
  });
  EXPECT_EQ(
      read([](app::Transaction& tx) { return tx.find_login_failures("quantri", "198.51.100.7"); }),
      first);
  EXPECT_EQ(
      read([](app::Transaction& tx) { return tx.find_login_failures("quantri", "198.51.100.8"); }),
      second);
  EXPECT_FALSE(
      read([](app::Transaction& tx) { return tx.find_login_failures("congdan", "198.51.100.7"); }));

  auto next = second;
  next.count = 2;
  next.locked_until = at(1'760'000'200);
  write([&](app::Transaction& tx) { tx.save_login_failures(next); });
  EXPECT_EQ(
      read([](app::Transaction& tx) { return tx.find_login_failures("quantri", "198.51.100.8"); }),
      next);
}

TEST_F(LoginFailuresTest, ClearOneAddressOrAll) {
  write([&](app::Transaction& tx) {
    for (const auto* address : {"192.0.2.1", "192.0.2.2", "192.0.2.3"})
      tx.save_login_failures({"quantri", address, 1, at(1'760'000'000), std::nullopt});
    tx.save_login_failures({"congdan", "192.0.2.1", 1, at(1'760'000'000), std::nullopt});
  });
  EXPECT_EQ(
      write([](app::Transaction& tx) { return tx.clear_login_failures("quantri", "192.0.2.1"); }),
      1);
  EXPECT_EQ(write([](app::Transaction& tx) { return tx.clear_login_failures("quantri", ""); }), 2);
  EXPECT_FALSE(
      read([](app::Transaction& tx) { return tx.find_login_failures("quantri", "192.0.2.2"); }));
  EXPECT_TRUE(
      read([](app::Transaction& tx) { return tx.find_login_failures("congdan", "192.0.2.1"); }));
}

TEST_F(LoginFailuresTest, PurgeForgetsOldFailuresButNotRunningLocks) {
  write([&](app::Transaction& tx) {
    tx.save_login_failures({"old", "192.0.2.1", 2, at(1'760'000'000), std::nullopt});
    tx.save_login_failures({"locked", "192.0.2.1", 9, at(1'760'000'000), at(1'760'090'000)});
    tx.save_login_failures({"recent", "192.0.2.1", 1, at(1'760'080'000), std::nullopt});
    tx.purge_login_failures(at(1'760'050'000));
  });
  EXPECT_FALSE(
      read([](app::Transaction& tx) { return tx.find_login_failures("old", "192.0.2.1"); }));
  EXPECT_TRUE(
      read([](app::Transaction& tx) { return tx.find_login_failures("locked", "192.0.2.1"); }));
  EXPECT_TRUE(
      read([](app::Transaction& tx) { return tx.find_login_failures("recent", "192.0.2.1"); }));
}

}  // namespace
}  // namespace motcua::store::testing
