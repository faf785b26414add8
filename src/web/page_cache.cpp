#include "web/page_cache.hpp"

#include "web/caller.hpp"
#include "web/http/static_files.hpp"

namespace motcua::web {
namespace {

std::size_t size_of(const std::string& key, const Response& response) {
  std::size_t bytes = key.size() + response.body.size() + 128;
  for (const auto& [name, value] : response.headers) bytes += name.size() + value.size() + 32;
  return bytes;
}

}  // namespace

PageCache::PageCache(std::chrono::milliseconds time_to_live, std::size_t max_bytes,
                     std::function<Clock::time_point()> now)
    : time_to_live_(time_to_live), max_bytes_(max_bytes), now_(std::move(now)) {}

std::optional<Response> PageCache::find(const std::string& key, WallClock::time_point not_before) {
  const std::lock_guard lock(mutex_);
  const auto entry = entries_.find(key);
  if (entry == entries_.end() || entry->second.rendered < not_before) return std::nullopt;
  if (now_() >= entry->second.expires) {
    erase(entry);
    return std::nullopt;
  }
  recent_.splice(recent_.begin(), recent_, entry->second.recent);
  return entry->second.response;
}

PageCache::Ticket PageCache::ticket() const {
  const auto started = WallClock::now();
  const std::lock_guard lock(mutex_);
  return {generation_, started};
}

void PageCache::store(const std::string& key, const Response& response, Ticket ticket) {
  const auto bytes = size_of(key, response);
  if (bytes > max_bytes_ / 4) return;
  const std::lock_guard lock(mutex_);
  if (ticket.generation != generation_) return;
  if (const auto old = entries_.find(key); old != entries_.end()) erase(old);
  while (bytes_ + bytes > max_bytes_ && !recent_.empty()) erase(entries_.find(recent_.back()));
  recent_.push_front(key);
  entries_.emplace(key,
                   Entry{response, now_() + time_to_live_, ticket.started, bytes, recent_.begin()});
  bytes_ += bytes;
}

void PageCache::clear() {
  const std::lock_guard lock(mutex_);
  entries_.clear();
  recent_.clear();
  bytes_ = 0;
  ++generation_;
}

std::size_t PageCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

std::size_t PageCache::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

void PageCache::erase(std::unordered_map<std::string, Entry>::iterator entry) {
  bytes_ -= entry->second.bytes;
  recent_.erase(entry->second.recent);
  entries_.erase(entry);
}

std::optional<std::string> anonymous_key(const Request& request) {
  if (session_token(request)) return std::nullopt;
  return request_language(request) + '\n' + request.target;
}

std::string session_key(const std::string& session_token_hash, const std::string& lang,
                        const std::string& target) {
  return "session " + session_token_hash + '\n' + lang + '\n' + target;
}

Response not_modified(const Response& response) {
  Response answer = Response::empty(304);
  for (const auto& [name, value] : response.headers) {
    if (name != "content-type" && name != "content-length") answer.header(name, value);
  }
  return answer;
}

Response revalidated(const Request& request, Response kept) {
  auto etag = kept.header_value("etag");
  const auto asked = request.header("if-none-match");
  if (!etag || !asked) return kept;
  if (etag->starts_with("W/")) etag->erase(0, 2);
  return etag_matches(*asked, *etag) ? not_modified(kept) : kept;
}

}  // namespace motcua::web
