#pragma once
// Rows of a catalog that changes a few times a year yet is read by key on every request that files
// a dossier (the administrative units of each address). A row is kept for at most `max_age`, so a
// change written through another process applies within that time; the store forgets every row
// once a transaction of this process that changed the catalog commits, and a row read by a
// reader that began before that forget() (passing the generation() it began at) is not kept.
// Full, it starts again rather than track recency. A row past its age is read again by one
// caller; those that ask meanwhile are given it as it was rather than each reading it too (every
// worker read the units at once each second under load, each on a connection of its own).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace motcua::store::sql {

template <class Value>
class KeyedCache {
 public:
  using Clock = std::chrono::steady_clock;

  KeyedCache(std::chrono::milliseconds max_age, std::size_t max_entries,
             std::function<Clock::time_point()> now = Clock::now)
      : max_age_(max_age), max_entries_(max_entries), now_(std::move(now)) {}

  Value get(const std::string& key, const std::function<Value()>& load) {
    return get(key, load, generation());
  }

  Value get(const std::string& key, const std::function<Value()>& load, std::uint64_t ticket) {
    {
      const std::lock_guard lock(mutex_);
      const auto found = entries_.find(key);
      if (found != entries_.end()) {
        auto& entry = found->second;
        if (now_() - entry.loaded < max_age_ || entry.reloading) return entry.value;
        entry.reloading = true;
      }
    }
    const auto loaded = now_();
    Value value = load_or_release(key, load);
    const std::lock_guard lock(mutex_);
    if (ticket != generation_) return value;
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_.insert_or_assign(key, Entry{value, loaded, false});
    return value;
  }

  std::uint64_t generation() {
    const std::lock_guard lock(mutex_);
    return generation_;
  }

  void forget() {
    const std::lock_guard lock(mutex_);
    entries_.clear();
    ++generation_;
  }

 private:
  struct Entry {
    Value value;
    Clock::time_point loaded;
    bool reloading = false;  // a caller is reading it again
  };

  // A failed reading leaves the row to the next caller.
  Value load_or_release(const std::string& key, const std::function<Value()>& load) {
    try {
      return load();
    } catch (...) {
      const std::lock_guard lock(mutex_);
      if (const auto found = entries_.find(key); found != entries_.end())
        found->second.reloading = false;
      throw;
    }
  }

  const std::chrono::milliseconds max_age_;
  const std::size_t max_entries_;
  const std::function<Clock::time_point()> now_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::uint64_t generation_ = 0;
};

}  // namespace motcua::store::sql
