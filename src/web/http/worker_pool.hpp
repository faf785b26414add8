#pragma once
// A fixed set of threads with a bounded queue. Submitting to a full queue fails at once, so the
// caller can answer 503 instead of letting requests pile up behind slow store or PDF work.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace motcua::web {

class WorkerPool {
 public:
  using Task = std::function<void()>;

  // `queue_limit` counts tasks waiting for a thread, not the ones running.
  WorkerPool(std::size_t threads, std::size_t queue_limit);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // False when the queue is full or the pool is shutting down; the task is then not run.
  bool try_submit(Task task);

  // Runs every task already queued, then joins the threads. Idempotent.
  void shutdown();

  std::size_t queued() const;

 private:
  void work();
  bool wait_briefly() const;

  const std::size_t queue_limit_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> queue_;
  bool stopping_ = false;
  std::size_t sleeping_ = 0;             // threads blocked on `wake_`
  std::atomic<std::size_t> pending_{0};  // queue_.size(), readable without the lock
  std::vector<std::thread> threads_;
};

}  // namespace motcua::web
