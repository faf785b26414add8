#include "web/session_memo.hpp"

namespace motcua::web {

SessionMemo::SessionMemo(std::chrono::milliseconds time_to_live, std::size_t max_sessions,
                         Counter account_writes, std::function<Clock::time_point()> now)
    : time_to_live_(time_to_live),
      max_sessions_(max_sessions),
      account_writes_(std::move(account_writes)),
      now_(std::move(now)),
      account_writes_seen_(account_writes_()) {}

void SessionMemo::catch_up() const {
  const auto writes = account_writes_();
  if (writes == account_writes_seen_) return;
  account_writes_seen_ = writes;
  entries_.clear();
  ++generation_;
}

std::optional<app::Principal> SessionMemo::find(const std::string& token) {
  const std::lock_guard lock(mutex_);
  catch_up();
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
  catch_up();
  return generation_;
}

void SessionMemo::store(const std::string& token, const app::Principal& principal,
                        std::uint64_t ticket) {
  const std::lock_guard lock(mutex_);
  catch_up();
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
