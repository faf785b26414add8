#include "sim_state.hpp"

namespace motcua::sim {

void MessageLog::append(std::string system, std::string kind, std::string key, json body) {
  Entry entry{std::move(system), std::move(kind), std::move(key), std::move(body),
              iso_local(Clock::now())};
  const std::lock_guard lock(mutex_);
  entries_.push_back(std::move(entry));
  if (entries_.size() > capacity_) entries_.pop_front();
}

json MessageLog::entries(const std::string& system) const {
  json out = json::array();
  const std::lock_guard lock(mutex_);
  for (const auto& entry : entries_) {
    if (!system.empty() && entry.system != system) continue;
    out.push_back({{"system", entry.system},
                   {"kind", entry.kind},
                   {"key", entry.key},
                   {"body", entry.body},
                   {"at", entry.at}});
  }
  return out;
}

web::Response IdempotencyStore::once(const std::string& key,
                                     const std::function<web::Response()>& act) {
  {
    std::unique_lock lock(mutex_);
    released_.wait(lock, [&] { return !acting_.contains(key); });
    if (const auto found = answers_.find(key); found != answers_.end()) return found->second;
    acting_.insert(key);
  }
  web::Response answer;
  try {
    answer = act();
  } catch (...) {
    const std::lock_guard lock(mutex_);
    acting_.erase(key);
    released_.notify_all();
    throw;
  }
  remember(key, answer);
  return answer;
}

void IdempotencyStore::remember(const std::string& key, const web::Response& answer) {
  const std::lock_guard lock(mutex_);
  acting_.erase(key);
  if (answer.status >= 200 && answer.status < 300) {
    answers_.emplace(key, answer);
    order_.push_back(key);
    if (order_.size() > capacity_) {
      answers_.erase(order_.front());
      order_.pop_front();
    }
  }
  released_.notify_all();
}

}  // namespace motcua::sim
