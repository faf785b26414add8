// Requirements §8 two-factor login over both stores: enrolment by QR secret, the pending session
// after the password, each code and each recovery code once, wrong codes locking like wrong
// passwords, the roles that must enrol, and the administrator's switches.
#include "app/two_factor.hpp"

#include "app/accounts.hpp"
#include "core/totp.hpp"
#include "fakes/ports.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using ::motcua::testing::ManualClock;
using ::motcua::testing::NoFiles;
using ::motcua::testing::PlainCrypto;

constexpr const char* kPassword = "Dau@2026mk";

class TwoFactorTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H29.12.05", "Xã")); });
    services_ =
        std::make_unique<app::Services>(app::Services{*store_, files_, clock_, crypto_, {}});
  }
  app::Accounts accounts() { return app::Accounts(*services_); }
  app::TwoFactor two_factor() { return app::TwoFactor(*services_); }

  app::User create(const std::string& username, core::Role role, bool apply_policy = true) {
    app::NewUser input{username, kPassword, "Cán bộ", "", {role}, "H29.12.05"};
    input.temporary_password = false;
    input.apply_two_factor_policy = apply_policy;
    return accounts().create_user(input, "admin");
  }
  app::Principal principal(const std::string& token) { return *accounts().authenticate(token); }
  app::Principal signed_in(const std::string& username) {
    return principal(accounts().login(username, kPassword, "10.0.0.1").token);
  }
  std::string code_now(const std::string& secret_base32, std::chrono::seconds shift = {}) {
    const auto secret = core::base32_decode(secret_base32);
    return core::totp(*secret, (clock_.now() + shift).time_since_epoch().count());
  }
  // Enrols `username` and returns the secret and the recovery codes.
  std::pair<std::string, std::vector<std::string>> enrol(const std::string& username) {
    const auto who = signed_in(username);
    const auto enrolment = two_factor().begin(who, kPassword, "");
    clock_.advance(std::chrono::seconds(31));
    auto codes = two_factor().confirm(who, code_now(enrolment.secret), "");
    clock_.advance(std::chrono::seconds(61));  // past the confirming code's step and the next
    return {enrolment.secret, codes};
  }
  std::string error_code(const std::function<void()>& action) {
    try {
      action();
    } catch (const app::AppError& error) {
      return error.code();
    }
    return "";
  }

  ManualClock clock_;
  PlainCrypto crypto_;
  NoFiles files_;
  std::unique_ptr<app::Services> services_;
};

TEST_F(TwoFactorTest, AdministratorsAndLeadersMustEnrolButDemoAccountsAndOthersNeedNot) {
  EXPECT_TRUE(create("quantri2", core::Role::admin).two_factor_required);
  EXPECT_TRUE(create("lanhdao2", core::Role::leader).two_factor_required);
  EXPECT_FALSE(create("chuyenvien2", core::Role::specialist).two_factor_required);
  EXPECT_FALSE(create("quantri3", core::Role::admin, false).two_factor_required);
  EXPECT_EQ(signed_in("quantri2").gate(), app::SessionGate::two_factor_enrolment);
  EXPECT_EQ(signed_in("quantri3").gate(), app::SessionGate::open);
}

TEST_F(TwoFactorTest, EnrolmentNeedsThePasswordAndACodeFromTheNewSecret) {
  create("lanhdao2", core::Role::leader);
  const auto who = signed_in("lanhdao2");
  EXPECT_EQ(error_code([&] { two_factor().begin(who, "Sai@2026mk", ""); }), "invalid_input");
  const auto enrolment = two_factor().begin(who, kPassword, "");
  EXPECT_EQ(enrolment.secret.size(), 32U);  // 160 bits in base32
  EXPECT_NE(
      enrolment.otpauth_uri.find("otpauth://totp/motcua%3Alanhdao2?secret=" + enrolment.secret),
      std::string::npos);
  EXPECT_TRUE(two_factor().status(who).enrolling);
  EXPECT_EQ(two_factor().pending_enrolment(who)->secret, enrolment.secret);
  EXPECT_EQ(error_code([&] { two_factor().confirm(who, "000000", ""); }), "invalid_code");
  const auto codes = two_factor().confirm(who, code_now(enrolment.secret), "");
  EXPECT_EQ(codes.size(), static_cast<std::size_t>(app::kRecoveryCodeCount));
  const auto status = two_factor().status(who);
  EXPECT_TRUE(status.enabled);
  EXPECT_EQ(status.recovery_codes_left, app::kRecoveryCodeCount);
  EXPECT_EQ(principal(accounts().login("lanhdao2", kPassword, "").token).gate(),
            app::SessionGate::second_factor);
  EXPECT_EQ(error_code([&] { two_factor().begin(who, kPassword, ""); }), "two_factor_enabled");
}

TEST_F(TwoFactorTest, ThePasswordAloneOpensOnlyAShortPendingSession) {
  create("lanhdao2", core::Role::leader);
  const auto [secret, codes] = enrol("lanhdao2");
  const auto first = accounts().login("lanhdao2", kPassword, "10.0.0.1");
  EXPECT_TRUE(first.second_factor_required);
  EXPECT_EQ(first.session.expires_at, clock_.now() + std::chrono::minutes(5));
  const auto full = two_factor().complete_login(first.token, code_now(secret), "10.0.0.1");
  EXPECT_FALSE(full.second_factor_required);
  EXPECT_EQ(principal(full.token).gate(), app::SessionGate::open);
  EXPECT_FALSE(accounts().authenticate(first.token)) << "the pending token is spent";
  // A pending session that waited too long is gone.
  const auto late = accounts().login("lanhdao2", kPassword, "10.0.0.1");
  clock_.advance(std::chrono::minutes(6));
  EXPECT_EQ(error_code([&] { two_factor().complete_login(late.token, code_now(secret), ""); }),
            "second_factor_expired");
  // A full session's token is not a pending one.
  EXPECT_EQ(error_code([&] { two_factor().complete_login(full.token, code_now(secret), ""); }),
            "second_factor_expired");
}

TEST_F(TwoFactorTest, EachCodeWorksOnceAndTheNeighbouringStepsAreAccepted) {
  create("lanhdao2", core::Role::leader);
  const auto [secret, codes] = enrol("lanhdao2");
  const auto code = code_now(secret, std::chrono::seconds(-30));  // a slow phone's clock
  const auto first = accounts().login("lanhdao2", kPassword, "");
  EXPECT_NO_THROW(two_factor().complete_login(first.token, code, ""));
  const auto again = accounts().login("lanhdao2", kPassword, "");
  EXPECT_EQ(error_code([&] { two_factor().complete_login(again.token, code, ""); }),
            "invalid_code");
  EXPECT_EQ(error_code([&] {
              two_factor().complete_login(again.token, code_now(secret, std::chrono::minutes(2)),
                                          "");
            }),
            "invalid_code")
      << "four steps ahead is too far";
}

TEST_F(TwoFactorTest, RecoveryCodesWorkOnceEachWhateverTheirSpellingAndCanBeCounted) {
  create("lanhdao2", core::Role::leader);
  const auto [secret, codes] = enrol("lanhdao2");
  auto typed = codes.front();
  std::transform(typed.begin(), typed.end(), typed.begin(), ::toupper);
  typed.erase(std::remove(typed.begin(), typed.end(), '-'), typed.end());
  const auto first = accounts().login("lanhdao2", kPassword, "");
  const auto full = two_factor().complete_login(first.token, " " + typed + " ", "");
  EXPECT_EQ(two_factor().status(principal(full.token)).recovery_codes_left,
            app::kRecoveryCodeCount - 1);
  const auto again = accounts().login("lanhdao2", kPassword, "");
  EXPECT_EQ(error_code([&] { two_factor().complete_login(again.token, codes.front(), ""); }),
            "invalid_code");
  EXPECT_NO_THROW(two_factor().complete_login(again.token, codes.back(), ""));
}

TEST_F(TwoFactorTest, WrongCodesLockTheNameAtThatAddressLikeWrongPasswords) {
  create("lanhdao2", core::Role::leader);
  const auto [secret, codes] = enrol("lanhdao2");
  const auto pending = accounts().login("lanhdao2", kPassword, "10.0.0.9");
  for (int i = 0; i < services_->policy.max_failed_logins; ++i)
    EXPECT_EQ(error_code([&] { two_factor().complete_login(pending.token, "123456", "10.0.0.9"); }),
              "invalid_code");
  EXPECT_EQ(
      error_code([&] { two_factor().complete_login(pending.token, code_now(secret), "10.0.0.9"); }),
      "account_locked")
      << "even the right code waits for the lock";
  EXPECT_EQ(error_code([&] { accounts().login("lanhdao2", kPassword, "10.0.0.9"); }),
            "account_locked");
  EXPECT_NO_THROW(accounts().login("lanhdao2", kPassword, "10.0.0.10")) << "other addresses";
}

TEST_F(TwoFactorTest, ARequiredAccountCannotTurnItOffAnOptionalOneCanWithItsPassword) {
  create("lanhdao2", core::Role::leader);
  create("chuyenvien2", core::Role::specialist);
  enrol("lanhdao2");
  enrol("chuyenvien2");
  const auto leader = principal(accounts().login("lanhdao2", kPassword, "").token);
  EXPECT_EQ(error_code([&] { two_factor().disable(leader, kPassword, ""); }),
            "two_factor_required");
  const auto pending = accounts().login("chuyenvien2", kPassword, "");
  EXPECT_TRUE(pending.second_factor_required);
  const app::Principal official{pending.user, pending.session};
  EXPECT_EQ(error_code([&] { two_factor().disable(official, "Sai@2026mk", ""); }), "invalid_input");
  two_factor().disable(official, kPassword, "");
  EXPECT_FALSE(accounts().login("chuyenvien2", kPassword, "").second_factor_required);
}

TEST_F(TwoFactorTest, AnAdministratorRequiresItOrResetsALostEnrolment) {
  create("quantri3", core::Role::admin, false);
  create("chuyenvien2", core::Role::specialist);
  const auto admin = signed_in("quantri3");
  const auto specialist = signed_in("chuyenvien2");
  EXPECT_EQ(error_code([&] { two_factor().set_required(specialist, "quantri3", true, ""); }),
            "forbidden");
  EXPECT_EQ(error_code([&] { two_factor().set_required(admin, "khongco", true, ""); }),
            "user_not_found");
  EXPECT_TRUE(two_factor().set_required(admin, "chuyenvien2", true, "").required);
  EXPECT_EQ(signed_in("chuyenvien2").gate(), app::SessionGate::two_factor_enrolment);
  const auto [secret, codes] = enrol("chuyenvien2");
  const auto full = two_factor().complete_login(
      accounts().login("chuyenvien2", kPassword, "").token, code_now(secret), "");
  two_factor().reset(admin, "chuyenvien2", "");
  EXPECT_FALSE(accounts().authenticate(full.token)) << "the user's sessions end";
  const auto after = accounts().login("chuyenvien2", kPassword, "");
  EXPECT_FALSE(after.second_factor_required);
  EXPECT_EQ(principal(after.token).gate(), app::SessionGate::two_factor_enrolment);
  EXPECT_EQ(two_factor().status(principal(after.token)).recovery_codes_left, 0);
}

}  // namespace
}  // namespace motcua::store::testing
