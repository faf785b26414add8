#include "web/http/worker_pool.hpp"

#include <algorithm>

namespace motcua::web {

WorkerPool::WorkerPool(std::size_t threads, std::size_t queue_limit) : queue_limit_(queue_limit) {
  threads = std::max<std::size_t>(threads, 1);
  threads_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() { shutdown(); }

bool WorkerPool::try_submit(Task task) {
  bool someone_sleeps = false;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= queue_limit_) return false;
    queue_.push_back(std::move(task));
    pending_.store(queue_.size(), std::memory_order_release);
    someone_sleeps = sleeping_ > 0;
  }
  if (someone_sleeps) wake_.notify_one();
  return true;
}

// Under load the next request arrives within microseconds: a thread that looks again a few times
// before sleeping spares both sides a futex call and a context switch.
bool WorkerPool::wait_briefly() const {
  for (int i = 0; i < 32; ++i) {
    if (pending_.load(std::memory_order_acquire) > 0) return true;
    std::this_thread::yield();
  }
  return false;
}

void WorkerPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

std::size_t WorkerPool::queued() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void WorkerPool::work() {
  for (;;) {
    Task task;
    wait_briefly();
    {
      std::unique_lock lock(mutex_);
      ++sleeping_;
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      --sleeping_;
      if (queue_.empty()) return;  // stopping, and nothing left to finish
      task = std::move(queue_.front());
      queue_.pop_front();
      pending_.store(queue_.size(), std::memory_order_release);
    }
    // Tasks catch their own exceptions (the server turns them into 500s); one escaping here would
    // end the process, which is the right outcome for a bug in the server itself.
    task();
  }
}

}  // namespace motcua::web
