#include "security/sodium_crypto.hpp"

#include <gtest/gtest.h>

#include <set>

namespace motcua::security {
namespace {

TEST(SodiumCrypto, HashIsArgon2idAndVerifiesOnlyTheSamePassword) {
  SodiumCrypto crypto;
  const auto hash = crypto.hash_password("MotCua@2026");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0U);
  EXPECT_TRUE(crypto.verify_password("MotCua@2026", hash));
  EXPECT_FALSE(crypto.verify_password("MotCua@2027", hash));
  EXPECT_FALSE(crypto.verify_password("MotCua@2026", "not a hash"));
}

TEST(SodiumCrypto, SaltsEveryHash) {
  SodiumCrypto crypto;
  EXPECT_NE(crypto.hash_password("same-Password1"), crypto.hash_password("same-Password1"));
}

TEST(SodiumCrypto, TokensAreLongUrlSafeAndDistinct) {
  SodiumCrypto crypto;
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const auto token = crypto.random_token();
    EXPECT_EQ(token.size(), 43U);
    EXPECT_EQ(token.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 100U);
}

}  // namespace
}  // namespace motcua::security
