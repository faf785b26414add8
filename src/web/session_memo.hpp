#pragma once
// Sessions verified a moment ago, by their token. A browser or an API client sends several
// requests a second on its own session; each of them asked the store for the session and its
// user, which on PostgreSQL is a round trip that costs more than serving a kept page. A session is
// trusted again for at most its time to live (a second). Everything is forgotten as soon as the
// store reports a committed change of a user, their roles or a session (Store::account_writes),
// so a sign-out, a password change or a disabled account made through this node applies at once;
// made through another node, it applies when that node's announcement arrives (clear()), or
// within the time to live should it be lost. Other writes, a dossier filed, leave it be.
// Refusals are not kept: an unknown token asks the store.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/accounts.hpp"

namespace motcua::web {

class SessionMemo {
 public:
  using Clock = std::chrono::steady_clock;

  using Counter = std::function<std::uint64_t()>;

  SessionMemo(std::chrono::milliseconds time_to_live, std::size_t max_sessions,
              Counter account_writes, std::function<Clock::time_point()> now = Clock::now);

  std::optional<app::Principal> find(const std::string& token);
  // Taken before the store is asked; a session verified across a clear() is not kept.
  std::uint64_t ticket() const;
  void store(const std::string& token, const app::Principal& principal, std::uint64_t ticket);
  void clear();

  std::size_t size() const;

 private:
  struct Entry {
    app::Principal principal;
    Clock::time_point expires;
  };

  const std::chrono::milliseconds time_to_live_;
  const std::size_t max_sessions_;
  // Forgets everything if the store's account writes moved since last seen.
  void catch_up() const;

  const Counter account_writes_;
  const std::function<Clock::time_point()> now_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Entry> entries_;
  mutable std::uint64_t generation_ = 0;
  mutable std::uint64_t account_writes_seen_ = 0;
};

}  // namespace motcua::web
