#include <gtest/gtest.h>

#include "app/official_accounts.hpp"
#include "core/password_rule.hpp"

namespace motcua::app {
namespace {

TEST(FirstPassword, AlwaysMeetsThePolicy) {
  for (const auto* token : {"AbCdEfGhIjKlMnOpQrStUv", "0123456789012345678901",
                            "-_-_-_-_-_-_-_-_-_-_", "zzzzzzzzzzzzzzzzzzzzzz"})
    EXPECT_EQ(core::check_password(first_password(token)), core::PasswordProblem::none) << token;
}

}  // namespace
}  // namespace motcua::app
