#include "security/pooled_crypto.hpp"

#include <algorithm>
#include <future>

#include "app/errors.hpp"

namespace motcua::security {

PooledCrypto::PooledCrypto(std::unique_ptr<app::Crypto> inner, std::size_t threads,
                           std::size_t queue_limit)
    : inner_(std::move(inner)),
      threads_count_(std::max<std::size_t>(threads, 1)),
      queue_limit_(queue_limit) {
  for (std::size_t i = 0; i < threads_count_; ++i) threads_.emplace_back([this] { work(); });
}

PooledCrypto::~PooledCrypto() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) thread.join();
}

std::string PooledCrypto::hash_password(std::string_view password) const {
  std::string hash;
  run([&] { hash = inner_->hash_password(password); });
  return hash;
}

bool PooledCrypto::verify_password(std::string_view password, const std::string& hash) const {
  bool ok = false;
  run([&] { ok = inner_->verify_password(password, hash); });
  return ok;
}

std::string PooledCrypto::random_token() const { return inner_->random_token(); }

void PooledCrypto::run(std::function<void()> job) const {
  // Shared with the hashing thread, which may still be leaving the task when the result arrives.
  auto task = std::make_shared<std::packaged_task<void()>>(std::move(job));
  auto done = task->get_future();
  {
    std::lock_guard lock(mutex_);
    if (queue_.size() + busy_ >= threads_count_ + queue_limit_) {
      app::AppError busy(app::ErrorKind::unavailable, "overloaded", "error.overloaded");
      busy.params["retry_after"] = "1";
      throw busy;
    }
    queue_.emplace_back([task] { (*task)(); });
  }
  wake_.notify_one();
  done.get();  // rethrows what the job threw
}

void PooledCrypto::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      ++busy_;
    }
    job();
    std::lock_guard lock(mutex_);
    --busy_;
  }
}

}  // namespace motcua::security
