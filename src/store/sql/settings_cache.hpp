#pragma once
// Versioned settings are read several times by every request that files or checks anything (nine
// round trips per submission), and change a few times a year. The process keeps the whole table,
// loaded at the first read and again once it is `max_age` old, so a change written through
// another process applies within that time; a change written through this process applies at
// once, since the store forgets the copy when such a transaction commits. A copy loaded after a
// forget() by a reader that began before it (whose snapshot may predate the change) is not kept:
// the reader passes the generation() it began at. A table too large to keep is asked row by row.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace motcua::store::sql {

struct SettingRow {
  std::string key;
  core::Instant effective_from;
  std::string json;
};

class SettingsCache {
 public:
  using Clock = std::chrono::steady_clock;
  // All rows, or nullopt when there are more than the cache keeps.
  using LoadAll = std::function<std::optional<std::vector<SettingRow>>(std::size_t limit)>;
  using AskOne = std::function<std::optional<std::string>()>;

  SettingsCache(std::chrono::milliseconds max_age, std::size_t max_rows,
                std::function<Clock::time_point()> now = Clock::now);

  // The value of `key` in force at `at`.
  std::optional<std::string> value(const std::string& key, core::Instant at, const LoadAll& load,
                                   const AskOne& ask);
  // The same for a reader that began at generation `ticket`.
  std::optional<std::string> value(const std::string& key, core::Instant at, const LoadAll& load,
                                   const AskOne& ask, std::uint64_t ticket);
  std::uint64_t generation();
  void forget();

 private:
  // Versions of one key by the instant they take effect.
  using Versions = std::map<core::Instant, std::string>;
  struct Copy {
    std::map<std::string, Versions, std::less<>> keys;
    bool too_large = false;
    Clock::time_point loaded;
  };

  std::shared_ptr<const Copy> young_copy();
  static std::optional<std::string> in_force(const Copy& copy, const std::string& key,
                                             core::Instant at);

  const std::chrono::milliseconds max_age_;
  const std::size_t max_rows_;
  const std::function<Clock::time_point()> now_;
  std::mutex mutex_;
  std::shared_ptr<const Copy> copy_;
  std::uint64_t generation_ = 0;
};

}  // namespace motcua::store::sql
