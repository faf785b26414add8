#include "security/pooled_crypto.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

#include "app/errors.hpp"

namespace motcua::security {
namespace {

// Hashing that takes as long as the test says, so the pool's bounds can be observed.
class SlowCrypto final : public app::Crypto {
 public:
  explicit SlowCrypto(std::chrono::milliseconds delay) : delay_(delay) {}
  std::string hash_password(std::string_view password) const override {
    std::this_thread::sleep_for(delay_);
    return "h:" + std::string(password);
  }
  bool verify_password(std::string_view password, const std::string& hash) const override {
    return hash_password(password) == hash;
  }
  std::string random_token() const override { return "token"; }

 private:
  std::chrono::milliseconds delay_;
};

TEST(PooledCrypto, HashesAndVerifiesThroughTheInnerCrypto) {
  PooledCrypto crypto(std::make_unique<SlowCrypto>(std::chrono::milliseconds(0)), 1, 1);
  EXPECT_EQ(crypto.hash_password("a"), "h:a");
  EXPECT_TRUE(crypto.verify_password("a", "h:a"));
  EXPECT_FALSE(crypto.verify_password("b", "h:a"));
  EXPECT_EQ(crypto.random_token(), "token");
}

TEST(PooledCrypto, BeyondThreadsAndQueueTheNextCallFailsAtOnceWith503) {
  PooledCrypto crypto(std::make_unique<SlowCrypto>(std::chrono::milliseconds(300)), 1, 1);
  std::atomic<int> overloaded{0};
  std::vector<std::future<void>> calls;
  for (int i = 0; i < 6; ++i) {
    calls.push_back(std::async(std::launch::async, [&] {
      try {
        crypto.hash_password("x");
      } catch (const app::AppError& error) {
        EXPECT_EQ(error.kind(), app::ErrorKind::unavailable);
        EXPECT_EQ(error.code(), "overloaded");
        EXPECT_EQ(error.params.at("retry_after"), "1");
        ++overloaded;
      }
    }));
  }
  const auto start = std::chrono::steady_clock::now();
  for (auto& call : calls) call.get();
  EXPECT_EQ(overloaded.load(), 4) << "one running and one waiting; the other four refused";
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
}

TEST(PooledCrypto, PassesTheInnerFailureToTheCaller) {
  class Failing final : public app::Crypto {
    std::string hash_password(std::string_view) const override { throw std::runtime_error("x"); }
    bool verify_password(std::string_view, const std::string&) const override { return false; }
    std::string random_token() const override { return ""; }
  };
  PooledCrypto crypto(std::make_unique<Failing>(), 1, 0);
  EXPECT_THROW(crypto.hash_password("a"), std::runtime_error);
  EXPECT_THROW(crypto.hash_password("a"), std::runtime_error) << "the thread survives";
}

}  // namespace
}  // namespace motcua::security
