// Requirements §8 passwords over the store: composition at registration, the last five passwords
// refused, age by role, and the forced change after an administrator set the password.
#include "app/password_policy.hpp"

#include "app/accounts.hpp"
#include "app/password_resets.hpp"
#include "fakes/ports.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using ::motcua::testing::fields_of;
using ::motcua::testing::ManualClock;
using ::motcua::testing::NoFiles;
using ::motcua::testing::PlainCrypto;

using std::chrono::hours;

// Keeps the links it was asked to send.
class KeptLinks final : public app::AccountNotifier {
 public:
  void send_password_reset(const app::User& user, const std::string& token,
                           core::Instant) const override {
    sent.emplace_back(user.username, token);
  }
  mutable std::vector<std::pair<std::string, std::string>> sent;
};

class PasswordPolicyTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H29.12.05", "Xã")); });
    services_ =
        std::make_unique<app::Services>(app::Services{*store_, files_, clock_, crypto_, {}});
    services_->account_notifier = &links_;
  }
  app::PasswordResets resets() { return app::PasswordResets(*services_); }
  std::string reset_error(const std::string& token, const std::string& password) {
    try {
      resets().complete(token, password, password, "");
    } catch (const app::AppError& error) {
      return error.fields().empty() ? error.code() : error.fields().begin()->second;
    }
    return "";
  }
  app::Accounts accounts() { return app::Accounts(*services_); }
  app::Principal signed_in(const std::string& username, const std::string& password) {
    return *accounts().authenticate(accounts().login(username, password, "").token);
  }
  // Changes the password and returns the new session's principal.
  app::Principal change(const app::Principal& who, const std::string& from, const std::string& to) {
    return *accounts().authenticate(accounts().change_password(who, from, to, to, "").token);
  }
  app::User official(bool temporary) {
    app::NewUser input{"canbo", "Dau@2026mk", "Cán bộ", "", {core::Role::specialist}, "H29.12.05"};
    input.temporary_password = temporary;
    return accounts().create_user(input, "admin");
  }
  app::User citizen() {
    return accounts().register_applicant({"congdan", "Dau@2026mk", "Nguyễn Văn An"}, "");
  }
  std::string change_error(const app::Principal& who, const std::string& from,
                           const std::string& to) {
    return fields_of([&] { accounts().change_password(who, from, to, to, ""); })["new_password"];
  }

  KeptLinks links_;
  ManualClock clock_;
  PlainCrypto crypto_;
  NoFiles files_;
  std::unique_ptr<app::Services> services_;
};

TEST_F(PasswordPolicyTest, RegistrationRefusesAccentsAsSpecialAndEdgeSpaces) {
  const auto refused = [&](const std::string& password) {
    return fields_of([&] {
      accounts().register_applicant({"congdan", password, "Nguyễn Văn An"}, "");
    })["password"];
  };
  EXPECT_EQ(refused("Mậtkhẩu2026"), "error.weak_password");
  EXPECT_EQ(refused("mat khau 2026"), "error.weak_password");
  EXPECT_EQ(refused("MotCua@2026 "), "error.password_edge_space");
  EXPECT_NO_THROW(accounts().register_applicant({"congdan", "Mậtkhẩu@2026", "Nguyễn Văn An"}, ""));
}

TEST_F(PasswordPolicyTest, NoneOfTheLastFivePasswordsMayReturn) {
  citizen();
  auto me = signed_in("congdan", "Dau@2026mk");
  const std::vector<std::string> next{"Hai@2026mk", "Ba@2026mk", "Bon@2026mk", "Nam@2026mk"};
  std::string current = "Dau@2026mk";
  for (const auto& password : next) {
    me = change(me, current, password);
    current = password;
  }
  // The current one and the four before it are the last five.
  for (const auto& old : {"Dau@2026mk", "Hai@2026mk", "Ba@2026mk", "Bon@2026mk"})
    EXPECT_EQ(change_error(me, current, old), "account.error.recent_password") << old;
  me = change(me, current, "Sau@2026mk");
  // Six changes later the first falls out of the window.
  EXPECT_NO_THROW(change(me, "Sau@2026mk", "Dau@2026mk"));
  const auto id =
      read([](app::Transaction& tx) { return tx.find_user_by_username("congdan")->id; });
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_password_history(id); }).size(),
            static_cast<std::size_t>(app::kPasswordHistory));
}

TEST_F(PasswordPolicyTest, AnAdministratorsPasswordMustBeChangedAtFirstLogin) {
  official(true);
  const auto login = accounts().login("canbo", "Dau@2026mk", "");
  EXPECT_TRUE(login.password_change_required);
  const auto me = *accounts().authenticate(login.token);
  EXPECT_TRUE(me.password_change_required);
  EXPECT_EQ(change_error(me, "Dau@2026mk", "Dau@2026mk"), "account.error.same_password");
  const auto changed = change(me, "Dau@2026mk", "Moi@2026mk");
  EXPECT_FALSE(changed.password_change_required);
  EXPECT_FALSE(accounts().login("canbo", "Moi@2026mk", "").password_change_required);
}

TEST_F(PasswordPolicyTest, DemoAccountsAndApplicantsAreNotForced) {
  official(false);
  citizen();
  EXPECT_FALSE(accounts().login("canbo", "Dau@2026mk", "").password_change_required);
  EXPECT_FALSE(accounts().login("congdan", "Dau@2026mk", "").password_change_required);
}

TEST_F(PasswordPolicyTest, OfficialsPasswordsExpireByRoleApplicantsDoNot) {
  official(false);
  citizen();
  clock_.advance(hours(24 * 90) - hours(1));
  EXPECT_FALSE(accounts()
                   .authenticate(accounts().login("canbo", "Dau@2026mk", "").token)
                   ->password_change_required);
  clock_.advance(hours(1));
  const auto expired = *accounts().authenticate(accounts().login("canbo", "Dau@2026mk", "").token);
  EXPECT_TRUE(expired.password_change_required);
  EXPECT_FALSE(accounts().login("congdan", "Dau@2026mk", "").password_change_required);
  EXPECT_FALSE(change(expired, "Dau@2026mk", "Moi@2026mk").password_change_required);

  services_->policy.password_max_age_days[core::Role::citizen] = 30;
  EXPECT_TRUE(accounts().login("congdan", "Dau@2026mk", "").password_change_required);
  services_->policy.password_max_age_days[core::Role::specialist] = 0;
  clock_.advance(hours(24 * 1000));
  EXPECT_FALSE(accounts().login("canbo", "Moi@2026mk", "").password_change_required);
}

TEST_F(PasswordPolicyTest, AResetLinkWorksOnceWithinEightHoursAndEndsEverySession) {
  citizen();
  const auto session = accounts().login("congdan", "Dau@2026mk", "").token;
  resets().request("khong_co_ai", "");
  resets().request("CONGDAN", "");
  ASSERT_EQ(links_.sent.size(), 1U);  // nothing for an unknown name, and no error either
  const auto token = links_.sent.back().second;
  EXPECT_EQ(reset_error(token, "Dau@2026mk"), "account.error.recent_password");
  EXPECT_EQ(reset_error(token, "ngan"), "error.weak_password");
  EXPECT_EQ(reset_error("token-khac", "Moi@2026mk"), "reset_link_invalid");
  EXPECT_EQ(reset_error(token, "Moi@2026mk"), "");
  EXPECT_FALSE(accounts().authenticate(session));
  EXPECT_NO_THROW(accounts().login("congdan", "Moi@2026mk", ""));
  EXPECT_EQ(reset_error(token, "Khac@2026mk"), "reset_link_invalid");  // single use

  resets().request("an@example.vn", "");  // by the one account with that address
  EXPECT_EQ(links_.sent.size(), 1U);      // the registration gave no address
  resets().request("congdan", "");
  clock_.advance(hours(8));
  EXPECT_EQ(reset_error(links_.sent.back().second, "Khac@2026mk"), "reset_link_invalid");
}

TEST_F(PasswordPolicyTest, ANewResetLinkReplacesTheLastAndEMailFindsTheAccount) {
  accounts().register_applicant({"congdan", "Dau@2026mk", "Nguyễn Văn An", "an@example.vn"}, "");
  resets().request("an@example.vn", "");
  resets().request("congdan", "");
  ASSERT_EQ(links_.sent.size(), 2U);
  EXPECT_EQ(reset_error(links_.sent.front().second, "Moi@2026mk"), "reset_link_invalid");
  EXPECT_EQ(reset_error(links_.sent.back().second, "Moi@2026mk"), "");
}

}  // namespace
}  // namespace motcua::store::testing
