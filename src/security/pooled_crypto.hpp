#pragma once
// Password hashing on a few threads of its own with a bounded queue. Argon2id is slow on purpose;
// run on the request workers, a flood of sign-ins would occupy them all and every page would wait.
// Here at most `threads` hashes run and `queue_limit` wait; one more fails at once with a 503
// (AppError unavailable, Retry-After 1), so a worker never waits long and the others stay free.
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "app/ports/crypto.hpp"

namespace motcua::security {

class PooledCrypto final : public app::Crypto {
 public:
  PooledCrypto(std::unique_ptr<app::Crypto> inner, std::size_t threads, std::size_t queue_limit);
  ~PooledCrypto() override;
  PooledCrypto(const PooledCrypto&) = delete;
  PooledCrypto& operator=(const PooledCrypto&) = delete;

  std::string hash_password(std::string_view password) const override;
  bool verify_password(std::string_view password, const std::string& hash) const override;
  std::string random_token() const override;  // fast: on the caller's thread

 private:
  // Runs `job` on a hashing thread and waits for it; throws the 503 AppError when full.
  void run(std::function<void()> job) const;
  void work();

  std::unique_ptr<app::Crypto> inner_;
  const std::size_t threads_count_;
  const std::size_t queue_limit_;
  mutable std::mutex mutex_;
  mutable std::condition_variable wake_;
  mutable std::deque<std::function<void()>> queue_;
  mutable std::size_t busy_ = 0;  // jobs running
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace motcua::security
