#include "web/session_memo.hpp"

namespace motcua::web {

SessionMemo::SessionMemo(std::chrono::milliseconds time_to_live, std::size_t max_sessions,
                         std::function<Clock::time_point()> now)
    : time_to_live_(time_to_live), max_sessions_(max_sessions), now_(std::move(now)) {}

std::optional<app::Principal> SessionMemo::find(const std::string& token) {
  const std::lock_guard lock(mutex_);
  const auto entry = entries_.find(token);
  if (entry == entries_.end()) return std::nullopt;
  if (now_() >= entry->second.expires) {
    entries_.erase(entry);
    return std::nullopt;
  }
  return entry->second.principal;
}

std::uint64_t SessionMemo::ticket() const {
  const std::lock_guard lock(mutex_);
  return generation_;
}

void SessionMemo::store(const std::string& token, const app::Principal& principal,
                        std::uint64_t ticket) {
  const std::lock_guard lock(mutex_);
  if (ticket != generation_) return;
  // Full: start again rather than track recency; every entry lives a second anyway.
  if (entries_.size() >= max_sessions_) entries_.clear();
  entries_.insert_or_assign(token, Entry{principal, now_() + time_to_live_});
}

void SessionMemo::clear() {
  const std::lock_guard lock(mutex_);
  entries_.clear();
  ++generation_;
}

std::size_t SessionMemo::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace motcua::web
