#pragma once
// Calls from the national systems into motcua (PayGov's payment news, VNPost's tracking), sent
// from one background thread so no request handler waits on motcua, with a few retries because
// the real systems retry too.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "integrations/http_client.hpp"

namespace motcua::sim {

struct Callback {
  std::string url;
  std::string body;  // JSON
};

class CallbackSender {
 public:
  CallbackSender(int retries, std::chrono::milliseconds pause);
  ~CallbackSender();
  CallbackSender(const CallbackSender&) = delete;
  CallbackSender& operator=(const CallbackSender&) = delete;

  // Sends `callback` after `delay`; an attempt that gets no 2xx is tried again after the pause.
  void schedule(Callback callback, std::chrono::milliseconds delay);
  // Drops what is still queued and joins the thread; later schedules are ignored.
  void stop();

 private:
  using SteadyClock = std::chrono::steady_clock;
  struct Pending {
    Callback callback;
    int attempts_left = 0;
  };
  void run();
  bool deliver(const Callback& callback);

  int attempts_;
  std::chrono::milliseconds pause_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::multimap<SteadyClock::time_point, Pending> queue_;
  bool stopping_ = false;
  integrations::HttpClient client_;  // used by the worker thread only
  std::thread worker_;               // last: starts once everything it uses exists
};

}  // namespace motcua::sim
