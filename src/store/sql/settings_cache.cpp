#include "store/sql/settings_cache.hpp"

#include <utility>

namespace motcua::store::sql {

SettingsCache::SettingsCache(std::chrono::milliseconds max_age, std::size_t max_rows,
                             std::function<Clock::time_point()> now)
    : max_age_(max_age), max_rows_(max_rows), now_(std::move(now)) {}

std::shared_ptr<const SettingsCache::Copy> SettingsCache::young_copy() {
  const std::lock_guard lock(mutex_);
  if (copy_ && now_() - copy_->loaded < max_age_) return copy_;
  return nullptr;
}

std::optional<std::string> SettingsCache::in_force(const Copy& copy, const std::string& key,
                                                   core::Instant at) {
  const auto versions = copy.keys.find(key);
  if (versions == copy.keys.end()) return std::nullopt;
  auto after = versions->second.upper_bound(at);
  if (after == versions->second.begin()) return std::nullopt;
  return std::prev(after)->second;
}

std::optional<std::string> SettingsCache::value(const std::string& key, core::Instant at,
                                                const LoadAll& load, const AskOne& ask) {
  return value(key, at, load, ask, generation());
}

std::optional<std::string> SettingsCache::value(const std::string& key, core::Instant at,
                                                const LoadAll& load, const AskOne& ask,
                                                std::uint64_t ticket) {
  auto copy = young_copy();
  if (!copy) {
    auto fresh = std::make_shared<Copy>();
    fresh->loaded = now_();
    if (auto rows = load(max_rows_)) {
      for (auto& row : *rows) fresh->keys[row.key][row.effective_from] = std::move(row.json);
    } else {
      fresh->too_large = true;
    }
    const std::lock_guard lock(mutex_);
    if (ticket == generation_) copy_ = fresh;
    copy = std::move(fresh);
  }
  if (copy->too_large) return ask();
  return in_force(*copy, key, at);
}

std::uint64_t SettingsCache::generation() {
  const std::lock_guard lock(mutex_);
  return generation_;
}

void SettingsCache::forget() {
  const std::lock_guard lock(mutex_);
  copy_.reset();
  ++generation_;
}

}  // namespace motcua::store::sql
