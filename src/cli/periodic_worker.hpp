#pragma once
// Background work the server repeats on a timer (deadline reminders), on its own thread, stopped
// and joined when the server stops. A pass that throws is logged and the next one runs anyway.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace motcua::cli {

class PeriodicWorker {
 public:
  // The first pass runs after `interval`, then one every `interval`.
  PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> work);
  ~PeriodicWorker();
  PeriodicWorker(const PeriodicWorker&) = delete;
  PeriodicWorker& operator=(const PeriodicWorker&) = delete;

 private:
  void loop(const std::stop_token& stop);

  std::string name_;
  std::chrono::milliseconds interval_;
  std::function<void()> work_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;  // last: started once everything it uses exists
};

}  // namespace motcua::cli
