#pragma once
// What the simulator remembers across calls and threads: the log of accepted messages that tests
// read, and the answers already given per idempotency key.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "web/http/message.hpp"
#include "wire.hpp"

namespace motcua::sim {

inline constexpr std::size_t kMaxRemembered = 100000;

class MessageLog {
 public:
  explicit MessageLog(std::size_t capacity = kMaxRemembered) : capacity_(capacity) {}

  void append(std::string system, std::string kind, std::string key, json body);
  // [{"system","kind","key","body","at"}] in acceptance order; every system when `system` is "".
  json entries(const std::string& system) const;

 private:
  struct Entry {
    std::string system;
    std::string kind;
    std::string key;
    json body;
    std::string at;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::deque<Entry> entries_;
};

class IdempotencyStore {
 public:
  explicit IdempotencyStore(std::size_t capacity = kMaxRemembered) : capacity_(capacity) {}

  // The answer `key` got when it was first accepted, without acting again; otherwise runs `act`
  // and keeps its answer when it is a 2xx. Two calls with one key never act at the same time:
  // the second waits for the first and then replays or, if the first failed, acts itself.
  web::Response once(const std::string& key, const std::function<web::Response()>& act);

 private:
  void remember(const std::string& key, const web::Response& answer);

  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::unordered_map<std::string, web::Response> answers_;
  std::deque<std::string> order_;  // oldest first, to forget beyond the capacity
  std::unordered_set<std::string> acting_;
};

}  // namespace motcua::sim
