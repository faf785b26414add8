// Sessions verified a moment ago: trusted for their time to live only, forgotten on an account
// write or an announced change, and never kept when verified across one.
#include "web/session_memo.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

using namespace std::chrono_literals;

class SessionMemoTest : public ::testing::Test {
 protected:
  SessionMemo::Clock::time_point now_{};
  std::uint64_t account_writes_ = 5;
  SessionMemo memo_{1000ms, 3, [this] { return account_writes_; }, [this] { return now_; }};

  static app::Principal principal(long long id) {
    app::Principal who;
    who.user.id = id;
    who.session.user_id = id;
    return who;
  }
};

TEST_F(SessionMemoTest, AVerifiedSessionIsTrustedForItsTimeToLiveOnly) {
  EXPECT_FALSE(memo_.find("token-a"));
  memo_.store("token-a", principal(7), memo_.ticket());
  now_ += 999ms;
  const auto kept = memo_.find("token-a");
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->user.id, 7);
  EXPECT_FALSE(memo_.find("token-b")) << "another token is asked again";
  now_ += 1ms;
  EXPECT_FALSE(memo_.find("token-a"));
  EXPECT_EQ(memo_.size(), 0U);
}

TEST_F(SessionMemoTest, AChangeForgetsEverySessionAndOneVerifiedAcrossItIsNotKept) {
  memo_.store("token-a", principal(1), memo_.ticket());
  const auto before_sign_out = memo_.ticket();
  memo_.clear();
  EXPECT_FALSE(memo_.find("token-a"));
  memo_.store("token-a", principal(1), before_sign_out);
  EXPECT_FALSE(memo_.find("token-a")) << "verified before the sign-out";
}

TEST_F(SessionMemoTest, AnAccountWriteForgetsEverySessionAndOneVerifiedAcrossItIsNotKept) {
  memo_.store("token-a", principal(1), memo_.ticket());
  ASSERT_TRUE(memo_.find("token-a"));
  const auto before_sign_out = memo_.ticket();
  ++account_writes_;
  EXPECT_FALSE(memo_.find("token-a"));
  memo_.store("token-a", principal(1), before_sign_out);
  EXPECT_FALSE(memo_.find("token-a")) << "verified before the sign-out";
  memo_.store("token-a", principal(1), memo_.ticket());
  EXPECT_TRUE(memo_.find("token-a")) << "verified after it";
}

TEST_F(SessionMemoTest, ItHoldsAtMostItsBound) {
  for (int i = 0; i < 10; ++i)
    memo_.store("token-" + std::to_string(i), principal(i), memo_.ticket());
  EXPECT_LE(memo_.size(), 3U);
  EXPECT_TRUE(memo_.find("token-9"));
}

}  // namespace
}  // namespace motcua::web
