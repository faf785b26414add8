#include "cli/periodic_worker.hpp"

#include <spdlog/spdlog.h>

#include <exception>

namespace motcua::cli {

PeriodicWorker::PeriodicWorker(std::string name, std::chrono::milliseconds interval,
                               std::function<void()> work)
    : name_(std::move(name)),
      interval_(interval),
      work_(std::move(work)),
      thread_([this](const std::stop_token& stop) { loop(stop); }) {}

PeriodicWorker::~PeriodicWorker() {
  thread_.request_stop();
  wake_.notify_all();
}

void PeriodicWorker::loop(const std::stop_token& stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    if (wake_.wait_for(lock, stop, interval_, [] { return false; }) || stop.stop_requested())
      return;
    lock.unlock();
    try {
      work_();
    } catch (const std::exception& error) {
      spdlog::error("{}: {}", name_, error.what());
    }
    lock.lock();
  }
}

}  // namespace motcua::cli
