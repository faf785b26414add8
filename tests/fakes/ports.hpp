#pragma once
// Shared in-memory fakes of the ports besides the store, for any suite that runs use cases: a clock
// the test moves, readable password "hashes" and a file store that keeps nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/errors.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/crypto.hpp"
#include "app/ports/file_store.hpp"

namespace motcua::testing {

class ManualClock final : public app::Clock {
 public:
  core::Instant now() const override { return now_; }
  void advance(std::chrono::seconds by) { now_ += by; }

 private:
  core::Instant now_{std::chrono::seconds{1'770'000'000}};
};

// Readable hashes: the use cases' logic is under test here, not argon2id.
class PlainCrypto final : public app::Crypto {
 public:
  std::string hash_password(std::string_view password) const override {
    return "plain:" + std::string(password);
  }
  bool verify_password(std::string_view password, const std::string& hash) const override {
    return hash == "plain:" + std::string(password);
  }
  std::string random_token() const override { return "token-" + std::to_string(++next_); }

 private:
  mutable int next_ = 0;
};

class NoFiles final : public app::FileStore {
 public:
  std::string put(std::string_view) override { return std::string(64, 'a'); }
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
};

// The field messages of the invalid_input error `action` throws.
inline std::map<std::string, std::string> fields_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const app::AppError& error) {
    EXPECT_EQ(error.kind(), app::ErrorKind::invalid_input);
    return error.fields();
  }
  ADD_FAILURE() << "no error";
  return {};
}

}  // namespace motcua::testing
