#include "callbacks.hpp"

#include <spdlog/spdlog.h>

namespace motcua::sim {
namespace {

// A motcua gone silent must not hold up every other callback for long.
constexpr std::chrono::milliseconds kCallTimeout{5000};
// Beyond it new callbacks are dropped: a sim left running against a dead receiver stays bounded.
constexpr std::size_t kMaxQueued = 10000;

}  // namespace

CallbackSender::CallbackSender(int retries, std::chrono::milliseconds pause)
    : attempts_(retries + 1), pause_(pause), worker_([this] { run(); }) {}

CallbackSender::~CallbackSender() { stop(); }

void CallbackSender::schedule(Callback callback, std::chrono::milliseconds delay) {
  {
    const std::lock_guard lock(mutex_);
    if (stopping_) return;
    if (queue_.size() >= kMaxQueued) {
      spdlog::warn("sim: callback queue full, dropping the one to {}", callback.url);
      return;
    }
    queue_.emplace(SteadyClock::now() + delay, Pending{std::move(callback), attempts_});
  }
  wake_.notify_one();
}

void CallbackSender::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_one();
  if (worker_.joinable()) worker_.join();
}

void CallbackSender::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (queue_.empty()) {
      wake_.wait(lock);
      continue;
    }
    const auto due = queue_.begin()->first;
    if (SteadyClock::now() < due) {
      wake_.wait_until(lock, due);
      continue;
    }
    auto pending = std::move(queue_.begin()->second);
    queue_.erase(queue_.begin());
    lock.unlock();
    const bool delivered = deliver(pending.callback);
    lock.lock();
    if (!delivered && --pending.attempts_left > 0 && !stopping_)
      queue_.emplace(SteadyClock::now() + pause_, std::move(pending));
  }
}

bool CallbackSender::deliver(const Callback& callback) {
  integrations::HttpCall call;
  call.url = callback.url;
  call.body = callback.body;
  call.timeout = kCallTimeout;
  const auto answer = client_.send(call);
  if (!answer.ok()) {
    spdlog::warn("sim: callback to {} failed: {}", callback.url,
                 answer.error.empty() ? std::to_string(answer.status) : answer.error);
  }
  return answer.ok();
}

}  // namespace motcua::sim
