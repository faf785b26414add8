// Users with their roles, and sessions.
#include <stdexcept>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using AccountsTest = StoreTest;

TEST_F(AccountsTest, UsersRoundTrip) {
  const long long unit_id =
      write([](app::Transaction& tx) { return tx.upsert_unit(sample_unit("H29.12.05", "Xã")); });
  auto official = sample_user("lanhdao", {core::Role::leader, core::Role::specialist});
  official.unit_id = unit_id;
  official.locked_until = at(1'760'000'900);
  official.failed_logins = 3;
  const long long id = write([&](app::Transaction& tx) { return tx.insert_user(official); });
  EXPECT_GT(id, 0);

  auto found = read([&](app::Transaction& tx) { return tx.find_user(id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->username, "lanhdao");
  EXPECT_EQ(found->password_hash, official.password_hash);
  EXPECT_EQ(found->full_name, "Nguyễn Văn An");
  EXPECT_EQ(found->email, official.email);
  EXPECT_EQ(found->phone, official.phone);
  EXPECT_EQ(found->citizen_id, official.citizen_id);
  EXPECT_EQ(found->address, official.address);
  EXPECT_EQ(found->roles, (std::vector<core::Role>{core::Role::leader, core::Role::specialist}));
  EXPECT_EQ(found->unit_id, unit_id);
  EXPECT_EQ(found->failed_logins, 3);
  EXPECT_EQ(found->locked_until, at(1'760'000'900));
  EXPECT_TRUE(found->active);
  EXPECT_EQ(found->created_at, official.created_at);

  found->roles = {core::Role::admin};
  found->failed_logins = 0;
  found->locked_until.reset();
  found->active = false;
  found->full_name = "Trần Thị Bình";
  write([&](app::Transaction& tx) { tx.update_user(*found); });
  const auto updated =
      read([](app::Transaction& tx) { return tx.find_user_by_username("lanhdao"); });
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->roles, std::vector<core::Role>{core::Role::admin});
  EXPECT_EQ(updated->failed_logins, 0);
  EXPECT_FALSE(updated->locked_until);
  EXPECT_FALSE(updated->active);
  EXPECT_EQ(updated->full_name, "Trần Thị Bình");

  const auto citizen_id =
      write([](app::Transaction& tx) { return tx.insert_user(sample_user("congdan")); });
  const auto citizen = read([&](app::Transaction& tx) { return tx.find_user(citizen_id); });
  ASSERT_TRUE(citizen);
  EXPECT_FALSE(citizen->unit_id);
  EXPECT_EQ(citizen->roles, std::vector<core::Role>{core::Role::citizen});

  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_user(424242); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_user_by_username("khong-co"); }));
}

TEST_F(AccountsTest, ATakenUsernameIsAConflict) {
  write([](app::Transaction& tx) { tx.insert_user(sample_user("congdan")); });
  EXPECT_THROW(store_->write([](app::Transaction& tx) { tx.insert_user(sample_user("congdan")); }),
               app::StoreConflict);
  // Nothing of the failed transaction stays, and the store works on.
  EXPECT_THROW(store_->write([](app::Transaction& tx) {
    tx.insert_user(sample_user("moi"));
    tx.insert_user(sample_user("congdan"));
  }),
               app::StoreConflict);
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_user_by_username("moi"); }));
  EXPECT_NO_THROW(write([](app::Transaction& tx) { tx.insert_user(sample_user("moi")); }));
}

TEST_F(AccountsTest, UsersOfAUnit) {
  const auto [unit, other] = write([](app::Transaction& tx) {
    return std::pair{tx.upsert_unit(sample_unit("A", "A")), tx.upsert_unit(sample_unit("B", "B"))};
  });
  write([&, unit = unit, other = other](app::Transaction& tx) {
    for (const char* name : {"tiepnhan", "chuyenvien", "lanhdao"}) {
      auto user = sample_user(name, {core::Role::specialist, core::Role::reception});
      user.unit_id = unit;
      tx.insert_user(user);
    }
    auto elsewhere = sample_user("khac", {core::Role::leader});
    elsewhere.unit_id = other;
    tx.insert_user(elsewhere);
    tx.insert_user(sample_user("congdan"));
  });
  const auto users =
      read([&, unit = unit](app::Transaction& tx) { return tx.list_users_of_unit(unit); });
  ASSERT_EQ(users.size(), 3u);
  EXPECT_EQ(users[0].username, "chuyenvien");  // by username
  for (const auto& user : users) {
    EXPECT_EQ(user.roles, (std::vector<core::Role>{core::Role::specialist, core::Role::reception}));
  }
  EXPECT_EQ(read([&, other = other](app::Transaction& tx) {
              return tx.list_users_of_unit(other);
            }).size(),
            1u);
}

TEST_F(AccountsTest, Sessions) {
  const long long user_id =
      write([](app::Transaction& tx) { return tx.insert_user(sample_user("congdan")); });
  app::Session session{"hash-1", user_id, "csrf-1", at(100), at(100), at(100 + 3600)};
  write([&](app::Transaction& tx) {
    tx.insert_session(session);
    tx.insert_session({"hash-2", user_id, "csrf-2", at(200), at(200), at(200 + 3600)});
  });
  auto found = read([](app::Transaction& tx) { return tx.find_session("hash-1"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user_id, user_id);
  EXPECT_EQ(found->csrf_token, "csrf-1");
  EXPECT_EQ(found->created_at, at(100));
  EXPECT_EQ(found->expires_at, at(3700));

  write([](app::Transaction& tx) { tx.touch_session("hash-1", at(150)); });
  found = read([](app::Transaction& tx) { return tx.find_session("hash-1"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->last_seen_at, at(150));

  EXPECT_THROW(store_->write([&](app::Transaction& tx) { tx.insert_session(session); }),
               app::StoreConflict);

  write([](app::Transaction& tx) { tx.delete_session("hash-1"); });
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_session("hash-1"); }));
  EXPECT_TRUE(read([](app::Transaction& tx) { return tx.find_session("hash-2"); }));
  write([&](app::Transaction& tx) { tx.delete_sessions_of_user(user_id); });
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_session("hash-2"); }));
}

// What a process keeping verified sessions watches: only a committed change of a user or an
// ended session moves it.
TEST_F(AccountsTest, AccountWritesCountChangedUsersAndEndedSessionsOnly) {
  const auto user_id =
      write([](app::Transaction& tx) { return tx.insert_user(sample_user("congdan")); });
  const auto start = store_->account_writes();
  write([&](app::Transaction& tx) {
    tx.insert_session({"hash-1", user_id, "csrf-1", at(100), at(100), at(100 + 3600)});
    tx.insert_session({"hash-2", user_id, "csrf-2", at(100), at(100), at(100 + 3600)});
    tx.touch_session("hash-1", at(150));
    tx.put_setting("k", at(0), "1");
  });
  EXPECT_EQ(store_->account_writes(), start) << "a new or touched session ends none";
  write([](app::Transaction& tx) { tx.delete_session("hash-1"); });
  EXPECT_EQ(store_->account_writes(), start + 1);
  write([&](app::Transaction& tx) { tx.delete_sessions_of_user(user_id); });
  EXPECT_EQ(store_->account_writes(), start + 2);
  auto user = *read([&](app::Transaction& tx) { return tx.find_user(user_id); });
  user.active = false;
  write([&](app::Transaction& tx) { tx.update_user(user); });
  EXPECT_EQ(store_->account_writes(), start + 3);
  EXPECT_THROW(store_->write([&](app::Transaction& tx) {
    tx.update_user(user);
    throw std::runtime_error("use case failed");
  }),
               std::runtime_error);
  EXPECT_EQ(store_->account_writes(), start + 3) << "rolled back: nothing changed";
}

}  // namespace
}  // namespace motcua::store::testing
